// One destination's delivery loop, on a thread of its own: claim due outbox rows, hand them to
// the destination with at most `concurrency` in flight, record each outcome, sleep until the
// next row is due (or the store says something changed).
#pragma once

#include "delivery/backoff.hpp"
#include "delivery/delivery_counters.hpp"
#include "delivery/delivery_metrics.hpp"
#include "delivery/destination.hpp"
#include "delivery/destination_policy.hpp"
#include "store/case_store.hpp"

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace casegw::delivery {

struct lane_timing {
  std::chrono::milliseconds lease{60'000};
  std::chrono::milliseconds poll_interval{1'000};
  std::chrono::milliseconds stop_deadline{10'000};
};

class delivery_lane {
 public:
  // `metrics` (may be null) must outlive the lane.
  delivery_lane(store::case_store& store, std::unique_ptr<destination> target, destination_policy policy,
                lane_timing timing, delivery_metrics* metrics = nullptr);
  ~delivery_lane();
  delivery_lane(const delivery_lane&) = delete;
  delivery_lane& operator=(const delivery_lane&) = delete;

  void start();
  void wake();          // something changed in the outbox: look again now
  void request_stop();  // stop claiming; in-flight deliveries may still finish
  void join();          // waits for the loop, which waits for in-flight work up to the deadline

  const std::string& destination_id() const noexcept;
  delivery_counts counts() const noexcept;

 private:
  // State that completion callbacks share with the lane. Callbacks keep it alive, so a
  // destination answering after stop() touches valid memory and, once `abandoned`, nothing else.
  struct shared_state {
    shared_state(store::case_store& s, std::string id, destination_policy p, delivery_metrics* m);

    store::case_store& store;
    const std::string destination_id;
    const destination_policy policy;
    const full_jitter_backoff backoff;
    delivery_counters counters;
    delivery_metrics* const metrics;

    std::mutex mutex;
    std::condition_variable changed;
    unsigned in_flight = 0;
    bool wake = false;
    bool stopping = false;
    bool abandoned = false;  // stop() gave up waiting: late outcomes are dropped, rows stay pending
  };

  struct attempt_ticket {
    std::int64_t outbox_id;
    std::string case_id;
    int attempts_before;
    std::chrono::steady_clock::time_point started;
  };

  void run();
  std::vector<store::outbox_item> claim(std::unique_lock<std::mutex>& lock);
  void sleep_until_due(std::unique_lock<std::mutex>& lock);
  void dispatch(const std::vector<store::outbox_item>& items);
  void wait_for_in_flight(std::unique_lock<std::mutex>& lock);
  static void settle(shared_state& state, const attempt_ticket& ticket, const attempt_result& result);

  std::shared_ptr<shared_state> state_;
  std::unique_ptr<destination> target_;
  lane_timing timing_;
  std::thread thread_;
};

}  // namespace casegw::delivery
