#include "app/reloader.hpp"

#include "app/restart_only_changes.hpp"
#include "time/rfc3339.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <set>

namespace casegw::app {
namespace {

std::set<std::string> channel_ids(const loaded_configuration& c) {
  std::set<std::string> ids;
  for (const auto& channel : c.config->channels) ids.insert(channel.id);
  return ids;
}

void log_refusal(std::string_view trigger, const std::vector<config::config_problem>& problems) {
  spdlog::error("reload ({}) refused: {} problem(s); the running configuration is unchanged", trigger, problems.size());
  // Problems name files, lines, keys and ids; secrets are never echoed by the loaders.
  for (const auto& p : problems) spdlog::error("reload: {}", p.to_string());
}

}  // namespace

std::vector<std::string> describe_changes(const loaded_configuration& before, const loaded_configuration& after) {
  std::vector<std::string> changes;
  const auto old_ids = channel_ids(before), new_ids = channel_ids(after);
  for (const auto& id : new_ids)
    if (!old_ids.contains(id)) changes.push_back("channel '" + id + "' added");
  for (const auto& id : old_ids)
    if (!new_ids.contains(id)) changes.push_back("channel '" + id + "' removed");
  const auto& old_rules = *before.pipeline->rules;
  const auto& new_rules = *after.pipeline->rules;
  changes.push_back("routes: " + std::to_string(new_rules.routing().rule_count()) + " rule(s) (was " +
                    std::to_string(old_rules.routing().rule_count()) + "), units: " +
                    std::to_string(new_rules.routing().unit_count()) + " (was " +
                    std::to_string(old_rules.routing().unit_count()) + ")");
  changes.push_back("scope rules: " + std::to_string(new_rules.screening().rule_count()) + " (was " +
                    std::to_string(old_rules.screening().rule_count()) + ")");
  return changes;
}

reloader::reloader(std::shared_ptr<loaded_configuration> running, intake::pipeline_holder& pipeline,
                   reload_hooks hooks)
    : running_(std::move(running)), pipeline_(pipeline), hooks_(std::move(hooks)) {}

std::shared_ptr<const loaded_configuration> reloader::running() const {
  std::lock_guard lock(mutex_);
  return running_;
}

reload_outcome reloader::reload(std::string_view trigger) {
  std::lock_guard lock(mutex_);
  const auto started = std::chrono::steady_clock::now();
  spdlog::info("reload ({}): reading {}", trigger, running_->config->config_file);
  // The replay memory is the running one: a nonce seen before the reload stays refused.
  auto next = std::make_shared<loaded_configuration>(
      load_configuration(running_->config->config_file, {running_->nonces, running_->pipeline->generation + 1}));
  reload_outcome outcome;
  outcome.generation = running_->pipeline->generation;
  outcome.problems = std::move(next->problems);
  if (outcome.problems.empty()) outcome.problems = restart_only_changes(*running_->config, *next->config);
  if (outcome.problems.empty() && hooks_.prepare) {
    try {
      hooks_.prepare(*next);
    } catch (const std::exception& e) {
      outcome.problems.push_back({{next->config->config_file, 0}, "", e.what()});
    }
  }
  if (!outcome.problems.empty()) {
    log_refusal(trigger, outcome.problems);
    return outcome;
  }
  outcome.changes = describe_changes(*running_, *next);
  pipeline_.replace(next->pipeline);
  if (hooks_.applied) hooks_.applied(*next);
  running_ = std::move(next);
  outcome.applied = true;
  outcome.generation = running_->pipeline->generation;
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  spdlog::info("reload ({}) applied: generation {} in {} ms", trigger, outcome.generation, ms);
  for (const auto& change : outcome.changes) spdlog::info("reload: {}", change);
  return outcome;
}

}  // namespace casegw::app
