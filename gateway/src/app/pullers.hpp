// Starts one poller per enabled pulled channel (channels[].pull) and stops them all: after the
// store has opened, and before it closes.
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
  pullers(const loaded_configuration& loaded, store::case_store& store, metrics::registry& metrics);
  ~pullers();
  void start();
  void stop();  // idempotent
  std::size_t size() const noexcept { return pollers_.size(); }

 private:
  pull::pull_metrics metrics_;
  std::vector<std::unique_ptr<pull::channel_poller>> pollers_;
};

}  // namespace casegw::app
