#include "delivery/retry_decision.hpp"

#include <gtest/gtest.h>

namespace casegw::delivery {
namespace {

using std::chrono::milliseconds;
using action = next_step::action;
using verdict = attempt_result::verdict;

class RetryDecision : public ::testing::Test {
 protected:
  destination_policy policy{/*retry_limit=*/3, milliseconds(100), milliseconds(1'000), 1};
  // Always draws the top of the range, so every expected time is exact.
  full_jitter_backoff backoff{policy.base, policy.cap, [](std::int64_t upper) { return upper; }};
  const std::int64_t now = 1'000'000;
};

TEST_F(RetryDecision, DeliveredIsRecordedAsDelivered) {
  EXPECT_EQ(decide_next_step(0, {verdict::delivered, "HTTP 200", {}}, policy, backoff, now).what,
            action::record_delivered);
}

TEST_F(RetryDecision, RetryWaitsTheBackoffOfThisAttempt) {
  const auto first = decide_next_step(0, {verdict::retry, "HTTP 503", {}}, policy, backoff, now);
  const auto second = decide_next_step(1, {verdict::retry, "HTTP 503", {}}, policy, backoff, now);

  EXPECT_EQ(first.what, action::record_retry);
  EXPECT_EQ(first.next_attempt_at_ms, now + 100);
  EXPECT_EQ(second.next_attempt_at_ms, now + 200);
}

TEST_F(RetryDecision, LongerRetryAfterWinsButNeverBeyondTheCap) {
  const auto longer = decide_next_step(0, {verdict::retry, "HTTP 429", milliseconds(700)}, policy, backoff, now);
  const auto shorter = decide_next_step(0, {verdict::retry, "HTTP 429", milliseconds(10)}, policy, backoff, now);
  const auto huge = decide_next_step(0, {verdict::retry, "HTTP 503", milliseconds(86'400'000)}, policy, backoff, now);

  EXPECT_EQ(longer.next_attempt_at_ms, now + 700);
  EXPECT_EQ(shorter.next_attempt_at_ms, now + 100);
  EXPECT_EQ(huge.next_attempt_at_ms, now + 1'000);
}

TEST_F(RetryDecision, TheAttemptReachingTheLimitDeadLetters) {
  EXPECT_EQ(decide_next_step(1, {verdict::retry, "timeout", {}}, policy, backoff, now).what, action::record_retry);
  EXPECT_EQ(decide_next_step(2, {verdict::retry, "timeout", {}}, policy, backoff, now).what, action::record_dead);
}

TEST_F(RetryDecision, RejectDeadLettersOnTheFirstAttempt) {
  EXPECT_EQ(decide_next_step(0, {verdict::reject, "HTTP 400", {}}, policy, backoff, now).what, action::record_dead);
}

}  // namespace
}  // namespace casegw::delivery
