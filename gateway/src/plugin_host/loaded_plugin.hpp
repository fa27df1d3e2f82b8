// A plugin library as the gateway holds it: the descriptor copied out of the library, with
// the library kept open for as long as anything from it is alive (Boost.DLL's
// library_holding_deleter idea: the shared_ptr to the library travels with every user).
#pragma once

#include <casegw/plugin_abi.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace casegw::plugin_host {

// One setting a plugin declares, copied from its casegw_config_field table.
struct setting_schema {
  std::string name;
  casegw_field_type type = CASEGW_FIELD_STRING;
  bool required = false;
  bool secret = false;
  std::optional<std::string> default_value;
  std::int64_t min = 1;  // bounds apply only when min <= max
  std::int64_t max = 0;
  std::string description;
};

struct loaded_plugin {
  std::string file;
  std::string name;
  std::string version;
  std::string description;
  std::uint16_t abi_major = 0;
  std::uint16_t abi_minor = 0;
  std::vector<std::string> media_types;
  std::vector<std::string> charsets;
  std::vector<setting_schema> settings;
  casegw_plugin descriptor{};        // copied; its function pointers point into `library`
  std::shared_ptr<void> library;     // the open library (boost::dll::shared_library)
};

std::string_view field_type_name(casegw_field_type type) noexcept;

}  // namespace casegw::plugin_host
