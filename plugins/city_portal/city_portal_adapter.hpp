// The city_portal channel adapter: the Chongqing "Internet+ Supervision" platform's own intake
// (the column on the city government website, the WeChat official account, the government
// app). Wire format and mapping: docs/channels/city_portal.md.
#pragma once

#include "portal_settings.hpp"

#include <casegw/sdk/adapter.hpp>

namespace casegw::city_portal {

class city_portal_adapter final : public sdk::adapter {
 public:
  static constexpr const char* name = "city_portal";
  static constexpr const char* version = "1.1.0";
  static constexpr const char* description =
      "Chongqing Internet+ Supervision platform (website, WeChat, app): JSON submissions in, progress out";
  static constexpr const char* media_types[] = {"application/json"};
  static constexpr const char* charsets[] = {"utf-8"};
  static constexpr const auto& fields = portal_setting_fields;

  explicit city_portal_adapter(sdk::host host);

  // Reads only immutable settings and the thread-safe host, so concurrent calls need no locking.
  void decode(const sdk::request& request, sdk::case_builder& out) override;
  void encode_event(const sdk::event& event, sdk::outbound_request& out) override;

 private:
  const sdk::host host_;  // for the division check of region codes; valid for the instance's lifetime
  const portal_settings settings_;
};

}  // namespace casegw::city_portal
