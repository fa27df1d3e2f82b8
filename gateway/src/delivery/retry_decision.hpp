// What becomes of an outbox row after one delivery attempt: delivered, tried again later, or
// dead-lettered. Pure, so the rules are tested without threads or a store.
#pragma once

#include "delivery/backoff.hpp"
#include "delivery/destination.hpp"
#include "delivery/destination_policy.hpp"

#include <cstdint>

namespace casegw::delivery {

struct next_step {
  enum class action { record_delivered, record_retry, record_dead };
  action what = action::record_retry;
  std::int64_t next_attempt_at_ms = 0;  // for record_retry
};

// attempts_before: attempts made before the one that produced `result`.
next_step decide_next_step(int attempts_before, const attempt_result& result, const destination_policy& policy,
                           const full_jitter_backoff& backoff, std::int64_t now_ms);

}  // namespace casegw::delivery
