#include "app/startup.hpp"

#include "app/division_check.hpp"
#include "app/pipeline_loading.hpp"
#include "time/rfc3339.hpp"

#include <unistd.h>

#include <fstream>

#include <algorithm>
#include <array>

namespace casegw::app {
namespace {

std::filesystem::path executable_directory() {
  std::array<char, 4096> buf{};
  const ssize_t n = ::readlink("/proc/self/exe", buf.data(), buf.size() - 1);
  if (n <= 0) return std::filesystem::current_path();
  return std::filesystem::path(std::string(buf.data(), static_cast<std::size_t>(n))).parent_path();
}

}  // namespace

// Configured directories first, then next to the binary (the build tree: build/plugins), then
// the installed layout (<prefix>/lib/casegw/plugins).
std::vector<std::filesystem::path> plugin_search_path(const config::gateway_config& config) {
  std::vector<std::filesystem::path> dirs(config.plugin_directories.begin(), config.plugin_directories.end());
  const auto exe_dir = executable_directory();
  dirs.push_back(exe_dir / "plugins");
  dirs.push_back(exe_dir.parent_path() / "lib" / "casegw" / "plugins");
  return dirs;
}

namespace {

// Policy files report their own "file:line: key: problem"; they are passed on as they are.
std::shared_ptr<const policy::policy_set> load_policy_files(const config::gateway_config& config,
                                                             std::vector<config::config_problem>& problems) {
  const auto& p = config.policy;
  auto loaded = policy::load_policy_set({p.calendar_directory, p.deadline_profiles, p.evaluation_rules});
  for (auto& text : loaded.problems) problems.push_back({{}, "", std::move(text)});
  return loaded.value;
}

// Every channel needs a deadline profile and evaluation rules: a case without deadlines
// would be forwarded with no due date at all.
void check_channels_have_policy(const config::gateway_config& config, const policy::policy_set& policy,
                                std::vector<config::config_problem>& problems) {
  const auto deadline_channels = policy.deadlines.channels();
  const auto evaluation_channels = policy.evaluation.channels();
  for (std::size_t i = 0; i < config.channels.size(); ++i) {
    const auto& c = config.channels[i];
    const auto has = [&](const std::vector<std::string>& ids) { return std::find(ids.begin(), ids.end(), c.id) != ids.end(); };
    const std::string where = "channels[" + std::to_string(i) + "].id";
    if (!has(deadline_channels))
      problems.push_back({c.mark, where, "channel '" + c.id + "' has no deadline profile in " + config.policy.deadline_profiles});
    if (!has(evaluation_channels))
      problems.push_back({c.mark, where, "channel '" + c.id + "' has no evaluation rules in " + config.policy.evaluation_rules});
  }
}

}  // namespace

loaded_policy load_policy(const std::string& config_file) {
  loaded_policy out;
  auto loaded = config::load_config(config_file);
  if (!loaded.config) {
    out.problems = std::move(loaded.problems);
    return out;
  }
  out.policy = load_policy_files(*loaded.config, out.problems);
  return out;
}

// Every problem of the data is a configuration problem: the gateway does not start on a
// division list it cannot trust, since plugins refuse cases by it.
std::shared_ptr<const divisions::division_directory> load_divisions(const config::gateway_config& config,
                                                                    std::vector<config::config_problem>& problems) {
  auto [loaded, found] = divisions::division_directory::load(config.policy.divisions_directory);
  for (const auto& p : found) problems.push_back({config.policy.mark, "policy.divisions", p.to_string()});
  if (!loaded) return nullptr;
  return std::make_shared<const divisions::division_directory>(std::move(*loaded));
}

namespace {

// The admin API's bearer token: a secret, so the problem never quotes the file's content.
std::string read_admin_token(const config::gateway_config& config, std::vector<config::config_problem>& problems) {
  const auto& file = config.admin.token_file;
  if (file.empty()) return {};
  std::ifstream in(file);
  std::string token;
  std::getline(in, token);
  if (!in && token.empty())
    problems.push_back({{config.config_file, 0}, "admin.token_file", "cannot read the admin token file '" + file + "'"});
  else if (token.size() < 16)
    problems.push_back({{config.config_file, 0}, "admin.token_file", "the admin token in '" + file + "' is shorter than 16 characters"});
  return token;
}

}  // namespace

loaded_configuration load_configuration(const std::string& config_file, load_options options) {
  loaded_configuration out;
  auto loaded = config::load_config(config_file);
  if (!loaded.config) {
    out.problems = std::move(loaded.problems);
    return out;
  }
  out.config = std::move(loaded.config);
  out.plugins = std::make_unique<plugin_host::plugin_registry>(plugin_search_path(*out.config));
  out.admin_token = read_admin_token(*out.config, out.problems);
  out.nonces = options.nonces ? std::move(options.nonces) : std::make_shared<auth::in_memory_nonce_register>();
  out.divisions = load_divisions(*out.config, out.problems);
  if (!out.divisions) return out;
  auto channels = intake::build_channels(*out.config, *out.plugins, {out.nonces.get(), division_check_of(out.divisions)});
  out.problems.insert(out.problems.end(), channels.problems.begin(), channels.problems.end());
  out.channels = std::move(channels.registry);
  out.policy = load_policy_files(*out.config, out.problems);
  if (out.policy) check_channels_have_policy(*out.config, *out.policy, out.problems);
  auto rules = load_case_rules(*out.config, out.policy, out.divisions, out.problems);
  if (out.problems.empty())
    out.pipeline = std::make_shared<const intake::pipeline>(
        intake::pipeline{out.channels, std::move(rules), options.generation, time::format_rfc3339(time::now_unix_ms()),
                         out.divisions});
  return out;
}

}  // namespace casegw::app
