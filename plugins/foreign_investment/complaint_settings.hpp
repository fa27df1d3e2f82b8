// The settings an operator can tune for a foreign_investment channel (config:
// channels[].settings). The gateway validates types, bounds and defaults against
// complaint_setting_fields before create(); read() checks what the table cannot express.
#pragma once

#include <casegw/plugin_abi.h>
#include <casegw/sdk/adapter.hpp>

#include <cstdint>
#include <string>

namespace casegw::foreign_investment {

inline constexpr casegw_config_field complaint_setting_fields[] = {
    {"max_attachments", CASEGW_FIELD_INT, 0, "10", 0, 50,
     "Most attachments (attachment1..attachmentN) one complaint may carry; more is rejected "
     "(INVALID_FIELD naming the first key over the limit). 0 refuses any attachment."},
    {"region_scope", CASEGW_FIELD_STRING, 0, "50", 1, 0,
     "Leading digits every regionCode must start with: the divisions this complaint office "
     "serves (50 = Chongqing; 2, 4, 6 or 9 digits). Empty accepts any region of China."},
    {"attachment_url_prefix", CASEGW_FIELD_STRING, 0, "https://", 1, 0,
     "Every attachment URL must start with this text, e.g. the complaint system's file service "
     "https://files.example.gov.cn/fdi/; must itself start with https://."},
    {"progress_path", CASEGW_FIELD_STRING, 0, "/fdi-complaint/api/v1/progress", 1, 0,
     "Path (with an optional query) on the complaint system to which progress notices are "
     "POSTed as a form."},
};

struct complaint_settings {
  std::int64_t max_attachments = 10;
  std::string region_scope = "50";
  std::string attachment_url_prefix = "https://";
  std::string progress_path = "/fdi-complaint/api/v1/progress";

  // Throws sdk::config_error naming the setting when a value makes no sense.
  static complaint_settings read(const sdk::host& host);
};

}  // namespace casegw::foreign_investment
