// Where a secret lives, never the secret itself: {from_file: PATH} (the file's text, one
// trailing newline removed; PATH relative to the config file) or {from_env: NAME}.
// Problems name the file or the variable, never the value.
#pragma once

#include "config/load_context.hpp"

#include <optional>
#include <string>

namespace casegw::config {

bool is_secret_reference(const YAML::Node& node);

// The secret's bytes, or nullopt after reporting why at `key`.
std::optional<std::string> read_secret_reference(load_context& context, const YAML::Node& reference, const std::string& key);

}  // namespace casegw::config
