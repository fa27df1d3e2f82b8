// Reads and validates the YAML configuration. Every problem is reported, not just the first,
// as "file:line: key: problem" (like nginx -t), so an operator fixes a file in one pass.
#pragma once

#include "config/gateway_config.hpp"

#include <string>
#include <vector>

namespace casegw::config {

struct config_problem {
  source_mark mark;
  std::string key;      // dotted path, e.g. "channels[0].destinations"
  std::string problem;  // "unknown destination 'wokflow'; known: workflow, local"
  std::string to_string() const;  // "config/gateway.yaml:42: channels[0].destinations: unknown ..."
};

struct load_result {
  std::optional<gateway_config> config;  // set only when problems is empty
  std::vector<config_problem> problems;
};

class key_recorder;

// Structural validation only: plugin settings are typed later against each plugin's schema.
// `recorder`, when given, collects every key the loader knows (config_catalogue_test.cpp).
load_result load_config(const std::string& path, key_recorder* recorder = nullptr);

}  // namespace casegw::config
