// The gov_service_platform channel adapter: the national integrated government-service
// platform (全国一体化政务服务平台), which forwards consultations, complaints and suggestions
// about government services to the city, and relays the messages citizens leave on the central
// government website gov.cn (中国政府网) through the same interface. Flat JSON in, replies (答复)
// out. Wire format and mapping: docs/channels/gov_service_platform.md.
#pragma once

#include "platform_settings.hpp"

#include <casegw/sdk/adapter.hpp>

namespace casegw::gov_service_platform {

class gov_service_platform_adapter final : public sdk::adapter {
 public:
  static constexpr const char* name = "gov_service_platform";
  static constexpr const char* version = "1.0.0";
  static constexpr const char* description =
      "National integrated government-service platform and gov.cn messages: flat JSON items in, replies out";
  static constexpr const char* media_types[] = {"application/json"};
  static constexpr const char* charsets[] = {"utf-8"};
  static constexpr const auto& fields = platform_setting_fields;

  explicit gov_service_platform_adapter(sdk::host host);

  // Both read only what create() set up (settings, host), so concurrent calls need no locking.
  void decode(const sdk::request& request, sdk::case_builder& out) override;
  void encode_event(const sdk::event& event, sdk::outbound_request& out) override;

 private:
  const sdk::host host_;
  const platform_settings settings_;
};

}  // namespace casegw::gov_service_platform
