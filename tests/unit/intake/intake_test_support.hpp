// What the intake tests share: the shipped policy extended to the test channels, and channels
// built on the ABI test plugins.
#pragma once

#include "intake/channel_registry.hpp"
#include "test_case_rules.hpp"
#include "plugin_host/plugin_loader.hpp"
#include "policy/case_policy.hpp"
#include "policy/policy_set.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace casegw::intake {

// The shipped policy with the test channels mapped onto the platform's rules: both files end
// with their `channels:` map, so appending entries extends it.
inline std::shared_ptr<const policy::case_policy> test_policy(const std::vector<std::string>& channels) {
  const std::filesystem::path source = CASEGW_SOURCE_DIR;
  const auto extended = [&](const std::string& name, const std::string& profile) {
    std::ifstream in(source / "config" / "policy" / name);
    std::stringstream text;
    text << in.rdbuf();
    for (const auto& channel : channels) text << "  " << channel << ": {profile: " << profile << "}\n";
    const auto path = std::filesystem::path(::testing::TempDir()) / ("intake-" + std::to_string(::getpid()) + "-" + name);
    std::ofstream(path) << text.str();
    return path.string();
  };
  auto loaded = policy::load_policy_set({(source / "config" / "calendar" / "holidays-cn").string(),
                                         extended("deadlines.yaml", "platform"),
                                         extended("evaluation.yaml", "platform_survey")});
  EXPECT_TRUE(loaded.problems.empty()) << loaded.problems.front();
  return std::make_shared<const policy::case_policy>(loaded.value);
}

inline auth::in_memory_nonce_register& test_nonces() {
  static auth::in_memory_nonce_register nonces;
  return nonces;
}

inline channel make_channel(const std::string& id, const char* plugin_file, plugin_host::typed_settings settings,
                            auth::channel_auth_options auth_options = {}) {
  channel c;
  c.id = id;
  c.body_limit = 1024;
  c.media_types = {"application/json", "text/plain"};
  c.charsets = {"utf-8"};
  c.destinations = {"workflow"};
  c.adapter = std::make_shared<const plugin_host::adapter_instance>(plugin_host::load_plugin(plugin_file), id,
                                                                    std::move(settings));
  auth_options.channel_id = id;
  c.auth = std::make_shared<const auth::channel_authenticator>(std::move(auth_options), test_nonces());
  return c;
}

}  // namespace casegw::intake
