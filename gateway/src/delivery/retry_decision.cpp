#include "delivery/retry_decision.hpp"

#include <algorithm>

namespace casegw::delivery {

next_step decide_next_step(int attempts_before, const attempt_result& result, const destination_policy& policy,
                           const full_jitter_backoff& backoff, std::int64_t now_ms) {
  using verdict = attempt_result::verdict;
  if (result.outcome == verdict::delivered) return {next_step::action::record_delivered, 0};

  const auto attempts_made = static_cast<unsigned>(std::max(attempts_before, 0)) + 1;
  if (result.outcome == verdict::reject || attempts_made >= policy.retry_limit) {
    return {next_step::action::record_dead, 0};
  }

  // The receiver may ask for a longer pause than our backoff, never for one beyond the cap: a
  // huge Retry-After must not park a case for days.
  std::chrono::milliseconds wait = backoff.delay(attempts_made - 1);
  if (result.retry_after) wait = std::max(wait, *result.retry_after);
  wait = std::clamp(wait, std::chrono::milliseconds::zero(), std::max(policy.cap, std::chrono::milliseconds::zero()));
  return {next_step::action::record_retry, now_ms + wait.count()};
}

}  // namespace casegw::delivery
