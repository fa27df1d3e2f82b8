// Channel activity: counts per outcome, the last error as code/status/time, the last accepted
// case, a pulled channel's last poll; codes that are not codes are never kept.
#include "intake/channel_activity.hpp"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace casegw::intake {
namespace {

TEST(ChannelActivity, CountsEachAnswerByOutcomeAndKeepsTheLastErrorAndAcceptance) {
  channel_activity activity;
  activity.record_answer("city_portal", 202, "", 1'000);
  activity.record_answer("city_portal", 200, "", 2'000);
  activity.record_answer("city_portal", 401, "AUTH_SIGNATURE", 3'000);
  activity.record_answer("city_portal", 400, "MISSING_FIELD", 4'000);
  activity.record_answer("city_portal", 202, "", 5'000);

  const auto s = activity.snapshot("city_portal");
  EXPECT_EQ(s.received, 5u);
  EXPECT_EQ(s.accepted, 2u);
  EXPECT_EQ(s.duplicate, 1u);
  EXPECT_EQ(s.rejected, 2u);
  ASSERT_TRUE(s.last_error);
  EXPECT_EQ(s.last_error->code, "MISSING_FIELD");
  EXPECT_EQ(s.last_error->status, 400);
  EXPECT_EQ(s.last_error->at_ms, 4'000);
  EXPECT_EQ(s.last_accepted_ms, 5'000);
  EXPECT_FALSE(s.last_poll);
}

TEST(ChannelActivity, AChannelThatDidNothingShowsZeros) {
  channel_activity activity;
  activity.record_answer("city_portal", 202, "", 1'000);
  const auto s = activity.snapshot("hotline_12345");
  EXPECT_EQ(s.received, 0u);
  EXPECT_FALSE(s.last_error);
  EXPECT_EQ(s.last_accepted_ms, 0);
}

TEST(ChannelActivity, KeepsOnlyCodesNeverTextThatCouldQuoteAPayload) {
  channel_activity activity;
  activity.record_case("state_council", case_outcome::rejected, "张三 13800138000", 0, 1'000);
  EXPECT_EQ(activity.snapshot("state_council").last_error->code, "INVALID_CODE");
  activity.record_case("state_council", case_outcome::rejected, "missing_field", 0, 2'000);
  EXPECT_EQ(activity.snapshot("state_council").last_error->code, "INVALID_CODE");
  activity.record_case("state_council", case_outcome::rejected, std::string(65, 'A'), 0, 3'000);
  EXPECT_EQ(activity.snapshot("state_council").last_error->code, "INVALID_CODE");
  activity.record_poll("state_council", {"refused", 401, "UPSTREAM 401 for token abc", 4'000});
  EXPECT_EQ(activity.snapshot("state_council").last_poll->code, "INVALID_CODE");
  activity.record_answer("city_portal", 500, "", 5'000);
  EXPECT_EQ(activity.snapshot("city_portal").last_error->code, "INVALID_CODE");
}

TEST(ChannelActivity, APulledChannelBacksOffAfterAFailedPollAndRecoversAfterAGoodOne) {
  channel_activity activity;
  EXPECT_FALSE(activity.snapshot("state_council").backing_off());
  activity.record_poll("state_council", {"unreachable", 0, "UPSTREAM_UNREACHABLE", 1'000});
  EXPECT_TRUE(activity.snapshot("state_council").backing_off());
  activity.record_poll("state_council", {"ok", 200, "", 2'000});
  const auto s = activity.snapshot("state_council");
  EXPECT_FALSE(s.backing_off());
  EXPECT_EQ(s.last_poll->status, 200);
  EXPECT_EQ(s.last_poll->at_ms, 2'000);
}

TEST(ChannelActivity, CountsFromManyThreadsAddUp) {
  channel_activity activity;
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&activity, t] {
      for (int i = 0; i < 1'000; ++i) activity.record_answer(t % 2 ? "a" : "b", i % 2 ? 202 : 400, "INVALID_FIELD", i);
    });
  for (auto& t : threads) t.join();
  const auto a = activity.snapshot("a"), b = activity.snapshot("b");
  EXPECT_EQ(a.received + b.received, 8'000u);
  EXPECT_EQ(a.accepted, 2'000u);
  EXPECT_EQ(b.rejected, 2'000u);
}

}  // namespace
}  // namespace casegw::intake
