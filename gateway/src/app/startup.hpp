// Everything that turns a configuration file into live parts, shared by `run`, `check-config`
// and `plugins`, so that check-config validates exactly what run would use.
#pragma once

#include "auth/nonce_register.hpp"
#include "config/config_loader.hpp"
#include "divisions/division_directory.hpp"
#include "intake/channel_registry.hpp"
#include "intake/pipeline.hpp"
#include "policy/policy_set.hpp"
#include "plugin_host/plugin_registry.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace casegw::app {

struct loaded_configuration {
  std::optional<config::gateway_config> config;
  // Shared by every channel authenticator; the gateway fills it from the store at start.
  std::shared_ptr<auth::in_memory_nonce_register> nonces;
  std::shared_ptr<const divisions::division_directory> divisions;  // official division codes
  std::unique_ptr<plugin_host::plugin_registry> plugins;
  std::shared_ptr<const intake::channel_registry> channels;
  std::shared_ptr<const policy::policy_set> policy;
  // Channels and case rules (policy, scope screening, routing) together: what intake, the
  // pollers and the admin API run on, and what a reload replaces.
  std::shared_ptr<const intake::pipeline> pipeline;
  std::string admin_token;  // from admin.token_file; "" when none is configured
  std::vector<config::config_problem> problems;  // empty when everything is usable
};

// What a reload carries over from the running configuration.
struct load_options {
  std::shared_ptr<auth::in_memory_nonce_register> nonces;  // the replay memory; a new one when null
  std::uint64_t generation = 1;                            // of the pipeline built
};

// Only the policy files (calendar, deadline profiles, evaluation rules) of a configuration:
// what the `deadline`, `calendar` and `evaluation` commands need.
struct loaded_policy {
  std::shared_ptr<const policy::policy_set> policy;
  std::vector<config::config_problem> problems;
};
loaded_policy load_policy(const std::string& config_file);

// Structural config, then every channel's plugin and settings, the policy files, the scope
// rules and the routing files; the pipeline is set when `problems` is empty.
loaded_configuration load_configuration(const std::string& config_file, load_options options = {});

std::vector<std::filesystem::path> plugin_search_path(const config::gateway_config& config);

}  // namespace casegw::app
