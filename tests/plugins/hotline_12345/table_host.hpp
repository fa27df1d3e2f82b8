// A host API table built by hand, for the two things fake_host cannot do: answer "unknown" to
// division_known while create() runs, and be called from several threads at once (fake_host
// shares one set of error buffers between calls). Settings get the adapter's declared
// defaults, as the gateway applies them.
#pragma once

#include "hotline_12345_adapter.hpp"

#include <cstdint>
#include <map>
#include <string>

namespace casegw::hotline_12345::testing {

class table_host {
 public:
  explicit table_host(std::map<std::string, std::string> settings = {}, bool divisions_known = true)
      : settings_(std::move(settings)), divisions_known_(divisions_known) {
    for (const auto& field : hotline_setting_fields)
      if (field.default_value && !settings_.count(field.name)) settings_[field.name] = field.default_value;
    api_.struct_size = sizeof api_;
    api_.abi_major = CASEGW_ABI_MAJOR;
    api_.abi_minor = CASEGW_ABI_MINOR;
    api_.log = &log;
    api_.setting_string = &string_setting;
    api_.setting_int = &int_setting;
    api_.setting_bool = &bool_setting;
    api_.division_known = &division_known;
  }
  table_host(const table_host&) = delete;
  table_host& operator=(const table_host&) = delete;

  sdk::host host() { return sdk::host(&api_, reinterpret_cast<casegw_host_ctx*>(this)); }

 private:
  static table_host& self(casegw_host_ctx* ctx) { return *reinterpret_cast<table_host*>(ctx); }
  const std::string* find(const char* key) const {
    const auto it = settings_.find(key);
    return it == settings_.end() ? nullptr : &it->second;
  }

  static void CASEGW_CALL log(casegw_host_ctx*, casegw_log_level, casegw_str_view) {}
  static int CASEGW_CALL string_setting(casegw_host_ctx* ctx, const char* key, casegw_str_view* out) {
    const std::string* v = self(ctx).find(key);
    if (!v) return 0;
    *out = sdk::raw(*v);
    return 1;
  }
  static int CASEGW_CALL int_setting(casegw_host_ctx* ctx, const char* key, std::int64_t* out) {
    const std::string* v = self(ctx).find(key);
    if (!v) return 0;
    *out = std::stoll(*v);
    return 1;
  }
  static int CASEGW_CALL bool_setting(casegw_host_ctx* ctx, const char* key, std::uint8_t* out) {
    const std::string* v = self(ctx).find(key);
    if (!v) return 0;
    *out = *v == "true" ? 1 : 0;
    return 1;
  }
  static int CASEGW_CALL division_known(casegw_host_ctx* ctx, casegw_str_view) {
    return self(ctx).divisions_known_ ? 1 : 0;
  }

  std::map<std::string, std::string> settings_;
  bool divisions_known_;
  casegw_host_api api_{};
};

}  // namespace casegw::hotline_12345::testing
