// The settings an operator can tune for a gov_service_platform channel (config:
// channels[].settings). The gateway checks types, bounds and defaults against
// platform_setting_fields before create(); read() adds the rules the table cannot express.
#pragma once

#include <casegw/plugin_abi.h>
#include <casegw/sdk/adapter.hpp>

#include <cstdint>
#include <string>

namespace casegw::gov_service_platform {

inline constexpr casegw_config_field platform_setting_fields[] = {
    {"max_attachments", CASEGW_FIELD_INT, 0, "20", 0, 50,
     "Most attachment URLs one message may list; more is rejected (INVALID_FIELD attachments)."},
    {"region_prefix", CASEGW_FIELD_STRING, 0, "50", 1, 0,
     "Leading digits every areaCode must have: the area this gateway serves (50 = Chongqing). An item "
     "filed elsewhere was misrouted by the platform and is refused (INVALID_REGION_CODE). Empty: any area."},
    {"reply_path", CASEGW_FIELD_STRING, 0, "/api/v1/zxts/reply", 1, 0,
     "Path on the platform's interface to which replies (答复) are posted."},
    {"reply_unit", CASEGW_FIELD_STRING, 0, "重庆市人民政府办公厅", 1, 0,
     "Name of the answering unit sent with every reply (replyUnit); the platform shows it with the answer."},
};

struct platform_settings {
  std::int64_t max_attachments = 20;
  std::string region_prefix = "50";
  std::string reply_path = "/api/v1/zxts/reply";
  std::string reply_unit = "重庆市人民政府办公厅";

  // Throws sdk::config_error naming the setting when a value makes no sense.
  static platform_settings read(const sdk::host& host);
};

}  // namespace casegw::gov_service_platform
