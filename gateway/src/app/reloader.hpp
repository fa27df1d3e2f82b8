// Safe reload (SIGHUP or POST /admin/v1/reload): read the whole configuration again —
// channels, plugins and their settings, secrets, calendars and policy files, division codes,
// scope rules, units and routes — validate all of it, and only then swap the pipeline in one
// step. Requests in flight finish on the pipeline they started with; the old adapters (and
// their libraries) go when the last of them ends. A configuration with any problem, or one
// that changes what only a restart can apply (restart_only_changes.hpp), is refused with
// file:line problems, and the running configuration stays as it was.
#pragma once

#include "app/startup.hpp"
#include "config/config_loader.hpp"
#include "intake/pipeline.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::app {

struct reload_outcome {
  bool applied = false;
  std::uint64_t generation = 0;                   // the pipeline running after the attempt
  std::vector<config::config_problem> problems;   // why it was refused
  std::vector<std::string> changes;               // what changed, e.g. "channel 'x' added" (ids only)
};

// What the rest of the gateway does around the swap, under the reload lock.
struct reload_hooks {
  // Before the swap, once the files are valid: build what the new configuration needs (the
  // pollers). Throwing std::runtime_error refuses the reload with that message.
  std::function<void(const loaded_configuration& next)> prepare;
  // After the swap: switch to what prepare built, apply the log level. Must not throw.
  std::function<void(const loaded_configuration& next)> applied;
};

class reloader {
 public:
  reloader(std::shared_ptr<loaded_configuration> running, intake::pipeline_holder& pipeline, reload_hooks hooks);

  // One reload at a time; a second caller waits for the first to finish. `trigger` is logged
  // ("SIGHUP", "admin").
  reload_outcome reload(std::string_view trigger);

  // The configuration the running pipeline was built from.
  std::shared_ptr<const loaded_configuration> running() const;

 private:
  mutable std::mutex mutex_;
  std::shared_ptr<loaded_configuration> running_;
  intake::pipeline_holder& pipeline_;
  reload_hooks hooks_;
};

// "channel 'x' added", "channel 'y' removed", "routes: 9 rules (was 8)"... for the log and the
// admin answer. Ids and counts only.
std::vector<std::string> describe_changes(const loaded_configuration& before, const loaded_configuration& after);

}  // namespace casegw::app
