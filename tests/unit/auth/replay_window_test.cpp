#include "auth/nonce_register.hpp"
#include "auth/replay_window.hpp"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace casegw::auth {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

const unix_time_ms now{seconds(1'700'000'000)};

TEST(CheckTimestamp, EqualIsFresh) { EXPECT_EQ(check_timestamp(now, now), timestamp_status::fresh); }

TEST(CheckTimestamp, WindowEdgesBothDirections) {
  EXPECT_EQ(check_timestamp(now, now - seconds(299)), timestamp_status::fresh);
  EXPECT_EQ(check_timestamp(now, now + seconds(299)), timestamp_status::fresh);
  EXPECT_EQ(check_timestamp(now, now - seconds(300)), timestamp_status::fresh);  // edges inclusive
  EXPECT_EQ(check_timestamp(now, now + seconds(300)), timestamp_status::fresh);
  EXPECT_EQ(check_timestamp(now, now - seconds(301)), timestamp_status::too_old);
  EXPECT_EQ(check_timestamp(now, now + seconds(301)), timestamp_status::too_new);
  EXPECT_EQ(check_timestamp(now, now - seconds(300) - milliseconds(1)), timestamp_status::too_old);
  EXPECT_EQ(check_timestamp(now, now + seconds(300) + milliseconds(1)), timestamp_status::too_new);
}

TEST(CheckTimestamp, PerChannelWindow) {
  EXPECT_EQ(check_timestamp(now, now - seconds(899), seconds(900)), timestamp_status::fresh);
  EXPECT_EQ(check_timestamp(now, now - seconds(61), seconds(60)), timestamp_status::too_old);
}

TEST(ParseHeaderTimestamp, TenDigitsAreSeconds) {
  EXPECT_EQ(parse_header_timestamp("1700000000"), now);
}

TEST(ParseHeaderTimestamp, ThirteenDigitsAreMilliseconds) {
  EXPECT_EQ(parse_header_timestamp("1700000000123"), now + milliseconds(123));
}

TEST(ParseHeaderTimestamp, RejectsOtherShapes) {
  for (const char* text : {"", "170000000", "17000000001", "170000000012", "17000000001234", "-170000000",
                           "1700000000.5", " 1700000000", "1700000000 ", "+170000000", "2023-11-14T22:13:20Z"}) {
    EXPECT_FALSE(parse_header_timestamp(text)) << text;
  }
}

TEST(NonceExpiry, LastsAsLongAsTheTimestampIsFresh) {
  const auto ts = now - seconds(10);
  EXPECT_EQ(nonce_expiry(ts), ts + seconds(300));
  EXPECT_EQ(check_timestamp(nonce_expiry(ts), ts), timestamp_status::fresh);
  EXPECT_EQ(check_timestamp(nonce_expiry(ts) + milliseconds(1), ts), timestamp_status::too_old);
}

TEST(InMemoryNonceRegister, SecondUseIsRefused) {
  in_memory_nonce_register nonces;
  EXPECT_TRUE(nonces.remember_once("yukuaiban", "nonce-0001", now));
  EXPECT_FALSE(nonces.remember_once("yukuaiban", "nonce-0001", now));
}

TEST(InMemoryNonceRegister, ChannelsHaveSeparateNonces) {
  in_memory_nonce_register nonces;
  EXPECT_TRUE(nonces.remember_once("yukuaiban", "nonce-0001", now));
  EXPECT_TRUE(nonces.remember_once("hotline_12345", "nonce-0001", now));
}

TEST(InMemoryNonceRegister, ForgetsOnlyExpiredEntries) {
  in_memory_nonce_register nonces;
  nonces.remember_once("c", "expired-nonce", now - seconds(1));
  nonces.remember_once("c", "live-nonce-1", now);
  nonces.forget_expired(now);
  EXPECT_EQ(nonces.size(), 1u);
  EXPECT_TRUE(nonces.remember_once("c", "expired-nonce", now + seconds(300)));
  EXPECT_FALSE(nonces.remember_once("c", "live-nonce-1", now + seconds(300)));
}

TEST(InMemoryNonceRegister, ConcurrentUsesSeeExactlyOneSuccess) {
  in_memory_nonce_register nonces;
  std::atomic<int> successes = 0;
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&] {
      if (nonces.remember_once("c", "racing-nonce", now)) ++successes;
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(successes.load(), 1);
}

}  // namespace
}  // namespace casegw::auth
