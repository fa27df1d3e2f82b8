#include "delivery/delivery_lane.hpp"

#include "delivery/retry_decision.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <exception>
#include <utility>

namespace casegw::delivery {

namespace {

using std::chrono::milliseconds;

std::int64_t unix_now_ms() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::chrono::system_clock::time_point from_unix_ms(std::int64_t ms) {
  return std::chrono::system_clock::time_point(milliseconds(ms));
}

// When a claim found nothing yet the store says a row is due (a row became due in between, or
// the store is failing), look again after this pause rather than spinning.
constexpr milliseconds shortest_idle{10};

// A lane that may never deliver would leave its rows pending forever without a word.
destination_policy with_at_least_one_slot(destination_policy policy) {
  policy.concurrency = std::max(policy.concurrency, 1u);
  return policy;
}

}  // namespace

delivery_lane::shared_state::shared_state(store::case_store& s, std::string id, destination_policy p,
                                         delivery_metrics* m)
    : store(s), destination_id(std::move(id)), policy(p), backoff(p.base, p.cap), metrics(m) {}

delivery_lane::delivery_lane(store::case_store& store, std::unique_ptr<destination> target,
                             destination_policy policy, lane_timing timing, delivery_metrics* metrics)
    : state_(std::make_shared<shared_state>(store, target->id(), with_at_least_one_slot(policy), metrics)),
      target_(std::move(target)),
      timing_(timing) {}

delivery_lane::~delivery_lane() {
  request_stop();
  join();
}

void delivery_lane::start() {
  if (!thread_.joinable()) thread_ = std::thread([this] { run(); });
}

void delivery_lane::wake() {
  std::lock_guard lock(state_->mutex);
  state_->wake = true;
  state_->changed.notify_all();
}

void delivery_lane::request_stop() {
  std::lock_guard lock(state_->mutex);
  state_->stopping = true;
  state_->changed.notify_all();
}

void delivery_lane::join() {
  if (thread_.joinable()) thread_.join();
}

const std::string& delivery_lane::destination_id() const noexcept { return state_->destination_id; }

delivery_counts delivery_lane::counts() const noexcept { return state_->counters.snapshot(); }

void delivery_lane::run() {
  std::unique_lock lock(state_->mutex);
  while (!state_->stopping) {
    const auto items = claim(lock);
    if (state_->stopping) {
      // Claimed just as we were told to stop: these rows stay pending and come back after the lease.
      state_->in_flight -= static_cast<unsigned>(items.size());
      break;
    }
    if (!items.empty()) {
      lock.unlock();
      dispatch(items);
      lock.lock();
      continue;  // there may be more due
    }
    sleep_until_due(lock);
  }
  wait_for_in_flight(lock);
}

std::vector<store::outbox_item> delivery_lane::claim(std::unique_lock<std::mutex>& lock) {
  state_->wake = false;  // a change from here on must trigger another look
  const unsigned free_slots = state_->policy.concurrency - std::min(state_->in_flight, state_->policy.concurrency);
  if (free_slots == 0) return {};  // a finishing delivery will wake us
  lock.unlock();
  auto items = state_->store.claim_due(state_->destination_id, unix_now_ms(), free_slots, timing_.lease.count());
  lock.lock();
  state_->in_flight += static_cast<unsigned>(items.size());
  return items;
}

void delivery_lane::sleep_until_due(std::unique_lock<std::mutex>& lock) {
  const auto now = std::chrono::system_clock::now();
  auto until = now + timing_.poll_interval;
  if (state_->in_flight < state_->policy.concurrency) {
    lock.unlock();
    const auto next_due = state_->store.next_due(state_->destination_id);
    lock.lock();
    if (next_due) until = std::clamp(from_unix_ms(*next_due), now + shortest_idle, until);
  }
  state_->changed.wait_until(lock, until, [this] { return state_->stopping || state_->wake; });
}

void delivery_lane::dispatch(const std::vector<store::outbox_item>& items) {
  for (const store::outbox_item& item : items) {
    // The ticket, not the item, travels with the callback: no case content kept in flight twice.
    attempt_ticket ticket{item.id, item.case_id, item.attempts, std::chrono::steady_clock::now()};
    auto state = state_;
    try {
      target_->deliver(item, [state, ticket](attempt_result result) { settle(*state, ticket, result); });
    } catch (const std::exception& e) {
      settle(*state, ticket, {attempt_result::verdict::retry, std::string("destination threw: ") + e.what(), {}});
    }
  }
}

void delivery_lane::wait_for_in_flight(std::unique_lock<std::mutex>& lock) {
  state_->changed.wait_for(lock, timing_.stop_deadline, [this] { return state_->in_flight == 0; });
  if (state_->in_flight > 0) {
    spdlog::warn("delivery to {}: stopped with {} attempts in flight; their rows stay pending",
                 state_->destination_id, state_->in_flight);
  }
  state_->abandoned = true;
}

void delivery_lane::settle(shared_state& state, const attempt_ticket& ticket, const attempt_result& result) {
  // Under the lane's lock so that stop() either waits for this or has already abandoned the
  // lane, in which case the store may be gone and nothing is recorded.
  std::lock_guard lock(state.mutex);
  if (state.abandoned) return;

  const int attempt = ticket.attempts_before + 1;
  const next_step step = decide_next_step(ticket.attempts_before, result, state.policy, state.backoff, unix_now_ms());
  switch (step.what) {
    case next_step::action::record_delivered:
      state.store.record_delivered(ticket.outbox_id, result.detail);
      ++state.counters.delivered;
      spdlog::info("case {} delivered to {} (attempt {}): {}", ticket.case_id, state.destination_id, attempt,
                   result.detail);
      break;
    case next_step::action::record_retry:
      state.store.record_retry(ticket.outbox_id, result.detail, step.next_attempt_at_ms);
      ++state.counters.failed_attempts;
      spdlog::warn("case {} not delivered to {} (attempt {}): {}; next attempt in {} ms", ticket.case_id,
                   state.destination_id, attempt, result.detail, step.next_attempt_at_ms - unix_now_ms());
      break;
    case next_step::action::record_dead:
      state.store.record_dead(ticket.outbox_id, result.detail);
      ++state.counters.failed_attempts;
      ++state.counters.dead;
      spdlog::error("case {} dead-lettered for {} after attempt {}: {}", ticket.case_id, state.destination_id,
                    attempt, result.detail);
      break;
  }
  if (state.metrics != nullptr) {
    const auto outcome = step.what == next_step::action::record_delivered ? attempt_outcome::delivered
                         : step.what == next_step::action::record_dead    ? attempt_outcome::dead
                                                                          : attempt_outcome::retry;
    state.metrics->attempt(state.destination_id, outcome, result, std::chrono::steady_clock::now() - ticket.started);
  }
  --state.in_flight;
  state.wake = true;
  state.changed.notify_all();
}

}  // namespace casegw::delivery
