// district_portal: the adapter of a (fictional) district government portal, 区政务服务网 of
// 渝北区, which pushes the tickets citizens file on it as JSON (UTF-8, or GBK/GB18030 from its
// older front ends) and takes handling progress back. The wire format is in README.md.
//
// This class is everything the gateway sees: the static members become the plugin's
// descriptor (name, version, media types, charsets, settings), the constructor is create(),
// decode() and encode_event() are the two calls, and CASEGW_PLUGIN(...) in the .cpp exports it.
#pragma once

#include "district_settings.hpp"

#include <casegw/sdk/adapter.hpp>

namespace district_portal {

class district_portal_adapter final : public casegw::sdk::adapter {
 public:
  static constexpr const char* name = "district_portal";
  static constexpr const char* version = "1.0.0";
  static constexpr const char* description = "District portal (区政务服务网): JSON tickets in, progress out";
  static constexpr const char* media_types[] = {"application/json"};
  // The gateway converts GBK and GB18030 bodies to UTF-8 before decode(): declaring them is all
  // it takes to accept them. A charset not listed here is refused with 415 UNSUPPORTED_CHARSET.
  static constexpr const char* charsets[] = {"utf-8", "gbk", "gb18030"};
  static constexpr const auto& fields = setting_fields;

  // Runs once per configured channel, after the gateway validated the settings.
  explicit district_portal_adapter(casegw::sdk::host host);

  // Called concurrently from several gateway threads: reads only what the constructor set.
  void decode(const casegw::sdk::request& request, casegw::sdk::case_builder& out) override;
  void encode_event(const casegw::sdk::event& event, casegw::sdk::outbound_request& out) override;

 private:
  const casegw::sdk::host host_;
  const district_settings settings_;
};

}  // namespace district_portal
