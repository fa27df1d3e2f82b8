// Types a channel's `settings` against the schema its plugin declares, before the plugin's
// create() ever sees them (Fluent Bit's config_map idea): unknown keys are refused with the
// valid ones listed, required keys enforced, numbers parsed and bounded, defaults applied
// through the same parser as user input.
#pragma once

#include "config/config_loader.hpp"
#include "config/gateway_config.hpp"
#include "plugin_host/loaded_plugin.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace casegw::plugin_host {

struct typed_setting {
  casegw_field_type type = CASEGW_FIELD_STRING;
  std::string text;         // the string form (STRING values; the source text otherwise)
  std::int64_t number = 0;  // INT, DURATION_MS (ms), SIZE (bytes), BOOL (0/1)
  bool secret = false;
};

using typed_settings = std::map<std::string, typed_setting, std::less<>>;

struct settings_result {
  typed_settings settings;
  std::vector<config::config_problem> problems;  // empty when valid
};

// `where` is the channel's dotted key for messages, e.g. "channels[0]".
settings_result validate_settings(const loaded_plugin& plugin, const config::channel_config& channel,
                                  const std::string& where);

}  // namespace casegw::plugin_host
