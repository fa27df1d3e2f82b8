// The settings an operator can tune for a yukuaiban channel (config: channels[].settings).
// The gateway checks types, bounds and defaults against ykb_setting_fields before create();
// read() adds the checks the table cannot express.
#pragma once

#include <casegw/plugin_abi.h>
#include <casegw/sdk/adapter.hpp>

#include <cstdint>
#include <string>

namespace casegw::yukuaiban {

inline constexpr casegw_config_field ykb_setting_fields[] = {
    {"max_materials", CASEGW_FIELD_INT, 0, "20", 0, 50,
     "Most materials (attachments) one order may carry; more is rejected (INVALID_FIELD data.materials)."},
    {"app_id", CASEGW_FIELD_STRING, 0, nullptr, 1, 0,
     "When set, meta.appId of every message must equal it (INVALID_FIELD meta.appId): catches a 渝快办 "
     "environment (e.g. the test backend) pushing to the wrong channel. Not authentication: mutual TLS is."},
    {"progress_path", CASEGW_FIELD_STRING, 0, "/ykb/open/v1/appeal/progress", 1, 0,
     "Path on the 渝快办 open platform that progress messages are POSTed to (the app shows them to the user)."},
};

struct ykb_settings {
  std::int64_t max_materials = 20;
  std::string app_id;  // empty: any appId
  std::string progress_path = "/ykb/open/v1/appeal/progress";

  // Throws sdk::config_error naming the setting when a value makes no sense.
  static ykb_settings read(const sdk::host& host);
};

}  // namespace casegw::yukuaiban
