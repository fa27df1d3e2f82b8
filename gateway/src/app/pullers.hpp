// Starts one poller per enabled pulled channel (channels[].pull) and stops them all: after the
// store has opened, and before it closes. On a reload the new pollers are built first (a TLS
// or header file that cannot be used refuses the reload), then the old ones are stopped — a
// page being stored finishes — and the new ones started on the new pipeline.
#pragma once

#include "app/startup.hpp"
#include "metrics/registry.hpp"
#include "pull/channel_poller.hpp"
#include "pull/pull_metrics.hpp"
#include "store/case_store.hpp"

#include <memory>
#include <vector>

namespace casegw::app {

class pullers {
 public:
  // Throws std::runtime_error naming the channel when its TLS files or a header file cannot be
  // used. Nothing polls until start().
  // `activity`, `plugin_errors` and `rules` (optional) must outlive the pollers.
  pullers(const loaded_configuration& loaded, store::case_store& store, metrics::registry& metrics,
          intake::channel_activity* activity = nullptr, plugin_host::plugin_error_metrics* plugin_errors = nullptr,
          intake::rules_metrics* rules = nullptr);
  ~pullers();
  void start();
  void stop();  // idempotent
  std::size_t size() const noexcept { return pollers_.size(); }

  // Reload, step 1: builds the pollers of `next` without starting them. Throws like the
  // constructor; the running pollers are untouched.
  void prepare(const loaded_configuration& next);
  // Reload, step 2 (after the pipeline swap): stops the running pollers, starts the prepared.
  void switch_to_prepared();

 private:
  using poller_list = std::vector<std::unique_ptr<pull::channel_poller>>;
  poller_list build(const loaded_configuration& loaded);

  store::case_store& store_;
  pull::pull_metrics metrics_;
  poller_list pollers_;
  poller_list prepared_;
};

}  // namespace casegw::app
