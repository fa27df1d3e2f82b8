// A channel's `settings:` — free-form for the gateway (the plugin's schema types them later),
// except that a value may name where a secret lives instead of holding it:
//   api_key: {from_file: ../secrets/portal-key}   # the file's text, one trailing newline removed
//   api_key: {from_env: PORTAL_API_KEY}           # an environment variable
// so secrets never sit in the configuration file.
#pragma once

#include "config/gateway_config.hpp"
#include "config/yaml_map_reader.hpp"

#include <map>
#include <string>

namespace casegw::config {

std::map<std::string, setting_value> read_channel_settings(const yaml_map_reader& channel);

}  // namespace casegw::config
