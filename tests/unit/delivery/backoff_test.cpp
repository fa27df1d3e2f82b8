#include "delivery/backoff.hpp"

#include <gtest/gtest.h>

#include <climits>
#include <cstdint>
#include <set>

namespace casegw::delivery {
namespace {

using std::chrono::milliseconds;

TEST(FullJitterBackoff, CeilingDoublesFromBaseUntilTheCap) {
  const full_jitter_backoff backoff(milliseconds(100), milliseconds(1'000));

  EXPECT_EQ(backoff.ceiling(0), milliseconds(100));
  EXPECT_EQ(backoff.ceiling(1), milliseconds(200));
  EXPECT_EQ(backoff.ceiling(3), milliseconds(800));
  EXPECT_EQ(backoff.ceiling(4), milliseconds(1'000));
  EXPECT_EQ(backoff.ceiling(61), milliseconds(1'000));
}

TEST(FullJitterBackoff, HugeAttemptNumbersAndBasesNeverOverflow) {
  const full_jitter_backoff backoff(milliseconds(1LL << 40), milliseconds(INT64_MAX / 2));

  EXPECT_EQ(backoff.ceiling(0), milliseconds(1LL << 40));
  EXPECT_EQ(backoff.ceiling(21), milliseconds(1LL << 61));
  EXPECT_EQ(backoff.ceiling(22), milliseconds(INT64_MAX / 2));  // 2^62 is one past the cap
  EXPECT_EQ(backoff.ceiling(63), milliseconds(INT64_MAX / 2));
  EXPECT_EQ(backoff.ceiling(1'000), milliseconds(INT64_MAX / 2));
  EXPECT_EQ(backoff.ceiling(UINT_MAX), milliseconds(INT64_MAX / 2));
  EXPECT_GE(backoff.delay(UINT_MAX).count(), 0);
}

TEST(FullJitterBackoff, DelayIsTheRandomDrawBetweenZeroAndTheCeiling) {
  std::int64_t asked_upper = -1;
  const full_jitter_backoff at_top(milliseconds(50), milliseconds(10'000), [&](std::int64_t upper) {
    asked_upper = upper;
    return upper;
  });
  const full_jitter_backoff at_bottom(milliseconds(50), milliseconds(10'000), [](std::int64_t) { return 0; });

  EXPECT_EQ(at_top.delay(2), milliseconds(200));
  EXPECT_EQ(asked_upper, 200);
  EXPECT_EQ(at_bottom.delay(2), milliseconds(0));
}

TEST(FullJitterBackoff, AMisbehavingRandomSourceIsClampedIntoRange) {
  const full_jitter_backoff too_high(milliseconds(10), milliseconds(100), [](std::int64_t u) { return u * 10; });
  const full_jitter_backoff negative(milliseconds(10), milliseconds(100), [](std::int64_t) { return -5; });

  EXPECT_EQ(too_high.delay(0), milliseconds(10));
  EXPECT_EQ(negative.delay(0), milliseconds(0));
}

TEST(FullJitterBackoff, DefaultRandomSpreadsDelaysOverTheWholeRange) {
  const full_jitter_backoff backoff(milliseconds(10), milliseconds(100'000));
  std::set<std::int64_t> seen;
  std::int64_t sum = 0;
  constexpr int draws = 2'000;
  for (int i = 0; i < draws; ++i) {
    const auto d = backoff.delay(6).count();  // ceiling 640
    ASSERT_GE(d, 0);
    ASSERT_LE(d, 640);
    seen.insert(d);
    sum += d;
  }
  EXPECT_GT(seen.size(), 300u);  // really jittered, not a handful of values
  EXPECT_NEAR(static_cast<double>(sum) / draws, 320.0, 40.0);
  EXPECT_LT(*seen.begin(), 64);
  EXPECT_GT(*seen.rbegin(), 576);
}

TEST(FullJitterBackoff, ZeroBaseMeansRetryAtOnce) {
  const full_jitter_backoff backoff(milliseconds(0), milliseconds(1'000));
  EXPECT_EQ(backoff.delay(5), milliseconds(0));
}

}  // namespace
}  // namespace casegw::delivery
