// The settings an operator can give a district_portal channel (channels[].settings in the
// gateway's configuration). The gateway checks names, types, bounds and REQUIRED against
// setting_fields and applies the defaults before the adapter is created; read() then checks
// what the table cannot express and refuses with sdk::config_error naming the setting.
#pragma once

#include <casegw/plugin_abi.h>
#include <casegw/sdk/adapter.hpp>

#include <string>

namespace district_portal {

inline constexpr casegw_config_field setting_fields[] = {
    {"accept_anonymous", CASEGW_FIELD_BOOL, 0, "true", 1, 0,
     "Accept anonymous submissions. false: they are refused (INVALID_FIELD reporter.anonymous), "
     "for districts whose rules require real-name complaints."},
    {"progress_path", CASEGW_FIELD_STRING, 0, "/open/v1/progress", 1, 0,
     "Path on the portal, relative to its base URL, to which handling progress is posted."},
    {"progress_token", CASEGW_FIELD_STRING, CASEGW_FIELD_SECRET, nullptr, 1, 0,
     "Bearer token the portal expects on progress requests; none: no Authorization header. "
     "Secret: give it as {from_file: PATH} or {from_env: NAME}."},
};

struct district_settings {
  bool accept_anonymous = true;
  std::string progress_path;
  std::string progress_token;  // empty: progress is posted without an Authorization header

  // Throws sdk::config_error naming the setting (never its value) when a value makes no sense.
  static district_settings read(const casegw::sdk::host& host);
};

}  // namespace district_portal
