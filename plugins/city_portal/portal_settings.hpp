// The settings an operator can tune for a city_portal channel (config: channels[].settings).
// The gateway validates types, bounds and defaults against portal_setting_fields before
// create(); read() repeats the checks the table cannot express.
#pragma once

#include <casegw/plugin_abi.h>
#include <casegw/sdk/adapter.hpp>

#include <cstdint>
#include <string>

namespace casegw::city_portal {

inline constexpr casegw_config_field portal_setting_fields[] = {
    {"max_attachments", CASEGW_FIELD_INT, 0, "20", 0, 50,
     "Most attachments one submission may carry; more is rejected (INVALID_FIELD)."},
    {"require_region_code", CASEGW_FIELD_BOOL, 0, "true", 1, 0,
     "Reject submissions without submission.location.regionCode. When false they are filed "
     "under fallback_region_code for the city command centre to place."},
    {"fallback_region_code", CASEGW_FIELD_STRING, 0, "500000", 1, 0,
     "Region code (6, 9 or 12 digits, known to the gateway's division data) used when "
     "require_region_code is false and none was sent; 500000 is Chongqing municipality."},
    {"default_sub_channel", CASEGW_FIELD_STRING, 0, "web", 1, 0,
     "Sub-channel (web, wechat or app) assumed when a submission does not say; older portal "
     "releases only pushed website submissions and left it out."},
    {"progress_path_prefix", CASEGW_FIELD_STRING, 0, "/api/v1/submissions", 1, 0,
     "Path on the portal under which progress is posted: <prefix>/<submissionNo>/progress."},
};

struct portal_settings {
  std::int64_t max_attachments = 20;
  bool require_region_code = true;
  std::string fallback_region_code = "500000";
  std::string default_sub_channel = "web";
  std::string progress_path_prefix = "/api/v1/submissions";

  // Throws sdk::config_error naming the setting when a value makes no sense.
  static portal_settings read(const sdk::host& host);
};

}  // namespace casegw::city_portal
