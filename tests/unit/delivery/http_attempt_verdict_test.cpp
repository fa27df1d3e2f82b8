#include "delivery/http_attempt_verdict.hpp"

#include <gtest/gtest.h>

namespace casegw::delivery {
namespace {

using std::chrono::milliseconds;
using verdict = attempt_result::verdict;

net::client_result response(int status, std::vector<net::http_header> headers = {}) {
  net::client_result r;
  r.completed = true;
  r.status = status;
  r.headers = std::move(headers);
  r.body = R"({"error":"SECRET-CASE-CONTENT echoed back"})";
  return r;
}

TEST(HttpAttemptVerdict, SuccessStatusesDeliver) {
  EXPECT_EQ(verdict_for(response(200)).outcome, verdict::delivered);
  EXPECT_EQ(verdict_for(response(202)).outcome, verdict::delivered);
  EXPECT_EQ(verdict_for(response(204)).detail, "HTTP 204");
}

TEST(HttpAttemptVerdict, TransientStatusesRetry) {
  for (int status : {408, 425, 429, 500, 502, 503, 504, 599}) {
    EXPECT_EQ(verdict_for(response(status)).outcome, verdict::retry) << status;
  }
}

TEST(HttpAttemptVerdict, PermanentStatusesRejectWithoutTheBody) {
  for (int status : {300, 301, 400, 401, 403, 404, 409, 413, 422}) {
    const attempt_result r = verdict_for(response(status));
    EXPECT_EQ(r.outcome, verdict::reject) << status;
    EXPECT_EQ(r.detail, "HTTP " + std::to_string(status));
  }
}

TEST(HttpAttemptVerdict, TransportFailureRetriesWithTheClientsReason) {
  net::client_result failed;
  failed.completed = false;
  failed.error = "connection refused";

  const attempt_result r = verdict_for(failed);

  EXPECT_EQ(r.outcome, verdict::retry);
  EXPECT_EQ(r.detail, "connection refused");
}

TEST(HttpAttemptVerdict, RetryAfterSecondsIsPassedOn) {
  const attempt_result r = verdict_for(response(503, {{"retry-after", " 120 "}}));
  ASSERT_TRUE(r.retry_after);
  EXPECT_EQ(*r.retry_after, milliseconds(120'000));
}

TEST(HttpAttemptVerdict, RetryAfterDateIsTurnedIntoADelay) {
  const auto now = std::chrono::system_clock::from_time_t(1'445'412'420);  // Wed, 21 Oct 2015 07:27:00 GMT
  EXPECT_EQ(parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now), milliseconds(60'000));
  EXPECT_EQ(parse_retry_after("Wed, 21 Oct 2015 07:00:00 GMT", now), milliseconds(0));
}

TEST(HttpAttemptVerdict, MalformedRetryAfterIsIgnored) {
  const auto now = std::chrono::system_clock::now();
  EXPECT_FALSE(parse_retry_after("", now));
  EXPECT_FALSE(parse_retry_after("-5", now));
  EXPECT_FALSE(parse_retry_after("soon", now));
  EXPECT_FALSE(parse_retry_after("12abc", now));
  EXPECT_EQ(parse_retry_after("99999999999999999", now), milliseconds(10LL * 366 * 24 * 3600 * 1000));
}

}  // namespace
}  // namespace casegw::delivery
