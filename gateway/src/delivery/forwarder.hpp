// The delivery stage: forwards every stored case to each of its destinations, at least once,
// with retries, backoff and dead-lettering. One delivery_lane (thread) per destination; the
// store's outbox is the only queue, so nothing is lost on stop or crash.
#pragma once

#include "delivery/delivery_counters.hpp"
#include "delivery/delivery_metrics.hpp"
#include "delivery/destination.hpp"
#include "delivery/destination_policy.hpp"
#include "store/case_store.hpp"

#include <chrono>
#include <memory>
#include <mutex>
#include <vector>

namespace casegw::delivery {

class delivery_lane;

struct forwarder_options {
  // Destinations must give up on an attempt within this time. A claimed row is leased for twice
  // as long, so it is reclaimed (after a crash) only once its attempt has surely ended.
  std::chrono::milliseconds attempt_timeout{30'000};
  // Longest sleep between looks at the outbox; the store's change listener usually wakes us sooner.
  std::chrono::milliseconds poll_interval{1'000};
  // How long stop() waits for deliveries in flight; unfinished rows simply stay pending.
  std::chrono::milliseconds stop_deadline{10'000};
  // Where every attempt is counted for /metrics; none when null. Must outlive the forwarder.
  delivery_metrics* metrics = nullptr;
};

class forwarder {
 public:
  explicit forwarder(store::case_store& store, forwarder_options options = {});
  ~forwarder();  // stop()
  forwarder(const forwarder&) = delete;
  forwarder& operator=(const forwarder&) = delete;

  // Before start(). The destination's id() names its outbox rows.
  // Throws std::logic_error once started.
  void add_destination(std::unique_ptr<destination> target, destination_policy policy);

  // Once only: a stopped forwarder stays stopped.
  void start();
  // Stops claiming, waits for deliveries in flight (up to stop_deadline), joins. Idempotent.
  void stop();

  forwarder_snapshot counters() const;

 private:
  void wake_all();

  store::case_store& store_;
  forwarder_options options_;
  mutable std::mutex lanes_mutex_;
  std::vector<std::unique_ptr<delivery_lane>> lanes_;
  enum class phase { configuring, running, stopped };
  phase phase_ = phase::configuring;
};

}  // namespace casegw::delivery
