#include "delivery/forwarder.hpp"

#include "delivery/delivery_lane.hpp"

#include <stdexcept>
#include <utility>

namespace casegw::delivery {

forwarder::forwarder(store::case_store& store, forwarder_options options) : store_(store), options_(options) {}

forwarder::~forwarder() { stop(); }

void forwarder::add_destination(std::unique_ptr<destination> target, destination_policy policy) {
  std::lock_guard lock(lanes_mutex_);
  if (phase_ != phase::configuring) throw std::logic_error("forwarder: destinations are added before start()");
  const lane_timing timing{2 * options_.attempt_timeout, options_.poll_interval, options_.stop_deadline};
  lanes_.push_back(std::make_unique<delivery_lane>(store_, std::move(target), policy, timing, options_.metrics));
}

void forwarder::start() {
  std::lock_guard lock(lanes_mutex_);
  if (phase_ != phase::configuring) return;
  phase_ = phase::running;
  for (auto& lane : lanes_) lane->start();
  store_.on_outbox_change([this] { wake_all(); });
}

void forwarder::stop() {
  std::lock_guard lock(lanes_mutex_);
  if (phase_ != phase::running) {
    phase_ = phase::stopped;
    return;
  }
  // Detach from the store first: once this returns, the store no longer calls into us.
  store_.on_outbox_change({});
  // Every lane stops claiming at once, so their stop deadlines run concurrently.
  for (auto& lane : lanes_) lane->request_stop();
  for (auto& lane : lanes_) lane->join();
  phase_ = phase::stopped;
}

forwarder_snapshot forwarder::counters() const {
  std::lock_guard lock(lanes_mutex_);
  forwarder_snapshot snapshot;
  for (const auto& lane : lanes_) {
    const delivery_counts counts = lane->counts();
    snapshot.destinations.push_back({lane->destination_id(), counts});
    snapshot.total.delivered += counts.delivered;
    snapshot.total.failed_attempts += counts.failed_attempts;
    snapshot.total.dead += counts.dead;
  }
  return snapshot;
}

void forwarder::wake_all() {
  // On the store's writer thread: only flags and notifications, never store calls.
  for (auto& lane : lanes_) lane->wake();
}

}  // namespace casegw::delivery
