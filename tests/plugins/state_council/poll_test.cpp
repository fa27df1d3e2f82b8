// The pull side: build_poll describes the request for a cursor, read_poll splits the
// platform's answer into items, sets the next cursor and says whether more are waiting, and
// refuses answers that are errors or not what the platform promises.
#include "council_fixture.hpp"

namespace casegw::state_council::testing {
namespace {

using boost::json::value;

std::string header(const sdk::testing::call_result& r, std::string_view name) {
  for (const auto& [n, v] : r.headers)
    if (n == name) return v;
  return {};
}

// ---- build_poll --------------------------------------------------------------------------

TEST(StateCouncilBuildPoll, FirstPollWithoutStartingPointAsksFromTheOldestItem) {
  council_host host;
  const auto r = host.build_poll("");
  ASSERT_EQ(r.status, CASEGW_OK) << r.code << " " << r.message;
  EXPECT_EQ(r.method, "GET");
  EXPECT_EQ(r.path, "/api/v2/handover/items?limit=100");
  EXPECT_EQ(header(r, "Accept"), "application/json");
  EXPECT_TRUE(r.output.empty());  // a GET has no body
}

TEST(StateCouncilBuildPoll, SavedCursorIsCarriedPercentEncoded) {
  council_host host;
  EXPECT_EQ(host.build_poll("c1763627100000-000802").path, "/api/v2/handover/items?cursor=c1763627100000-000802&limit=100");
  // Opaque cursors may hold base64: '+', '/' and '=' must not change the query's meaning.
  EXPECT_EQ(host.build_poll("eyJpZCI6NzMxfQ+/=&x").path, "/api/v2/handover/items?cursor=eyJpZCI6NzMxfQ%2B%2F%3D%26x&limit=100");
}

TEST(StateCouncilBuildPoll, StartingPointSettingsApplyToTheFirstPollOnly) {
  council_host from_cursor({{"start_cursor", "c1763000000000-000001"}, {"page_size", "20"}});
  EXPECT_EQ(from_cursor.build_poll("").path, "/api/v2/handover/items?cursor=c1763000000000-000001&limit=20");
  EXPECT_EQ(from_cursor.build_poll("c9").path, "/api/v2/handover/items?cursor=c9&limit=20");

  council_host from_time({{"start_time", "2026-11-01T00:00:00+08:00"}});
  EXPECT_EQ(from_time.build_poll("").path, "/api/v2/handover/items?since=2026-11-01T00%3A00%3A00%2B08%3A00&limit=100");
  EXPECT_EQ(from_time.build_poll("c9").path, "/api/v2/handover/items?cursor=c9&limit=100");
}

TEST(StateCouncilBuildPoll, CorruptSavedCursorIsRefusedNotSent) {
  council_host host;
  const auto r = host.build_poll("c1 \n");
  EXPECT_EQ(r.status, CASEGW_REJECTED);
  EXPECT_EQ(r.code, "INVALID_CURSOR");
  EXPECT_EQ(r.field, "cursor");
  EXPECT_TRUE(r.method.empty());
}

// ---- read_poll: good answers -------------------------------------------------------------

TEST(StateCouncilReadPoll, FirstPageYieldsEachItemByteForByteAndAsksForMore) {
  council_host host;
  const auto page = host.read_poll(200, read_sample("poll-first-page.json"));
  ASSERT_EQ(page.status, CASEGW_OK) << page.code << " " << page.field << ": " << page.message;
  ASSERT_EQ(page.items.size(), 3u);
  const char* samples[] = {"handover-complaint.json", "supervision-report-enterprise.json", "verification-help-anonymous.json"};
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(page.items[i].first, "application/json");
    // Cut out exactly: the text is the platform's, not a re-serialization.
    EXPECT_NE(read_sample("poll-first-page.json").find(page.items[i].second), std::string::npos);
    EXPECT_EQ(boost::json::parse(page.items[i].second), sample_json(samples[i])) << samples[i];
    // And decode() reads each one like the sample it is.
    EXPECT_EQ(decoded_case(host, page.items[i].second), decoded_case(host, read_sample(samples[i])));
  }
  EXPECT_EQ(page.cursor, "c1763627100000-000802");
  EXPECT_TRUE(page.more);
}

TEST(StateCouncilReadPoll, LastPageSetsTheCursorAndStops) {
  council_host host;
  const auto page = host.read_poll(200, read_sample("poll-last-page.json"), "c1763627100000-000802");
  ASSERT_EQ(page.status, CASEGW_OK) << page.message;
  EXPECT_EQ(page.items.size(), 2u);
  EXPECT_EQ(page.cursor, "c1763773800000-000019");
  EXPECT_FALSE(page.more);
}

TEST(StateCouncilReadPoll, EmptyPageYieldsNothingAndKeepsPolling) {
  council_host host;
  const auto page = host.read_poll(200, read_sample("poll-empty-page.json"), "c1763773800000-000019");
  ASSERT_EQ(page.status, CASEGW_OK) << page.message;
  EXPECT_TRUE(page.items.empty());
  EXPECT_EQ(page.cursor, "c1763773800000-000019");
  EXPECT_FALSE(page.more);
}

TEST(StateCouncilReadPoll, EmptyPageWithoutCursorLeavesTheCursorUnchanged) {
  council_host host;
  const auto page = host.read_poll(200, R"({"code":0,"data":{"items":[],"hasMore":false}})", "c7");
  ASSERT_EQ(page.status, CASEGW_OK) << page.message;
  EXPECT_FALSE(page.cursor.has_value());
  EXPECT_FALSE(page.more);
}

TEST(StateCouncilReadPoll, ItemsAreSlicedWhateverTheirSpacingAndContent) {
  council_host host;
  // Brackets and quotes inside strings, escaped keys, nested arrays, scalars and whitespace.
  const std::string body =
      "{ \"data\" : { \"hasMore\": false, \"it\\u0065ms\" : [ {\"a\":\"]}\\\"[{\",\"b\":[1,[2,{}]]} ,\n"
      "\t{\"c\":\"x\"},  42 , null,\"s\",[ ] ], \"nextCursor\":\"c2\" }, \"code\" : 0 }";
  const auto page = host.read_poll(200, body);
  ASSERT_EQ(page.status, CASEGW_OK) << page.code << " " << page.field << ": " << page.message;
  ASSERT_EQ(page.items.size(), 6u);
  EXPECT_EQ(page.items[0].second, "{\"a\":\"]}\\\"[{\",\"b\":[1,[2,{}]]}");
  EXPECT_EQ(page.items[1].second, "{\"c\":\"x\"}");
  EXPECT_EQ(page.items[2].second, "42");
  EXPECT_EQ(page.items[3].second, "null");
  EXPECT_EQ(page.items[4].second, "\"s\"");
  EXPECT_EQ(page.items[5].second, "[ ]");
}

TEST(StateCouncilReadPoll, ABadItemIsHandedOnForDecodeToRefuseNotHeldBack) {
  council_host host;
  const std::string body = R"({"code":0,"data":{"items":[{"itemId":"A1","itemId":"A2"},"oops"],"nextCursor":"c3"}})";
  const auto page = host.read_poll(200, body);
  ASSERT_EQ(page.status, CASEGW_OK) << page.message;
  ASSERT_EQ(page.items.size(), 2u);
  EXPECT_EQ(page.cursor, "c3");  // the items after it are not held up
  expect_rejected(decode(host, page.items[0].second), "DUPLICATE_FIELD", "itemId");
  expect_rejected(decode(host, page.items[1].second), "MALFORMED_BODY", "");
}

TEST(StateCouncilReadPoll, MoreWithoutAdvancingTheCursorWaitsForTheNextInterval) {
  council_host host;
  const auto page = host.read_poll(200, R"({"code":0,"data":{"items":[],"nextCursor":"c5","hasMore":true}})", "c5");
  ASSERT_EQ(page.status, CASEGW_OK) << page.message;
  EXPECT_FALSE(page.more);  // asking again at once would fetch the same page forever
  ASSERT_EQ(host.logs().size(), 1u);
  EXPECT_EQ(host.logs()[0].level, static_cast<casegw_log_level>(sdk::log_level::warn));
}

// ---- read_poll: refusals -----------------------------------------------------------------

struct refused_answer {
  unsigned status;
  std::string body;
  std::string code;
  std::string field;
};
void PrintTo(const refused_answer& a, std::ostream* os) { *os << a.status << " " << a.body; }

class StateCouncilRefusedAnswer : public ::testing::TestWithParam<refused_answer> {};

TEST_P(StateCouncilRefusedAnswer, IsRefusedWithItsCodeAndNothingReachesTheSink) {
  council_host host;
  const refused_answer& a = GetParam();
  const auto page = host.read_poll(a.status, a.body, "c1");
  EXPECT_EQ(page.status, CASEGW_REJECTED);
  EXPECT_EQ(page.code, a.code);
  EXPECT_EQ(page.field, a.field);
  EXPECT_TRUE(page.items.empty());
  EXPECT_FALSE(page.cursor.has_value());
  EXPECT_FALSE(page.more);
}

INSTANTIATE_TEST_SUITE_P(
    PlatformCodes, StateCouncilRefusedAnswer,
    ::testing::Values(refused_answer{200, R"({"code":40102,"message":"access token expired","data":null})", "UPSTREAM_UNAUTHORIZED", "code"},
                      refused_answer{200, R"({"code":40301,"message":"receiver not authorized"})", "UPSTREAM_UNAUTHORIZED", "code"},
                      refused_answer{200, R"({"code":40010,"message":"cursor expired"})", "UPSTREAM_CURSOR_EXPIRED", "code"},
                      refused_answer{200, R"({"code":42901,"message":"too many requests"})", "UPSTREAM_RATE_LIMITED", "code"},
                      refused_answer{200, R"({"code":50301,"message":"maintenance"})", "UPSTREAM_UNAVAILABLE", "code"},
                      refused_answer{200, R"({"code":40001,"message":"bad parameter"})", "UPSTREAM_ERROR", "code"},
                      refused_answer{200, R"({"code":-1})", "UPSTREAM_ERROR", "code"}));

INSTANTIATE_TEST_SUITE_P(
    HttpStatuses, StateCouncilRefusedAnswer,
    ::testing::Values(refused_answer{401, "", "UPSTREAM_UNAUTHORIZED", ""},
                      refused_answer{403, "<html>Forbidden</html>", "UPSTREAM_UNAUTHORIZED", ""},
                      refused_answer{429, "", "UPSTREAM_RATE_LIMITED", ""},
                      refused_answer{500, "Internal Server Error", "UPSTREAM_UNAVAILABLE", ""},
                      refused_answer{502, "<html>Bad Gateway</html>", "UPSTREAM_UNAVAILABLE", ""},
                      refused_answer{404, "", "UPSTREAM_ERROR", ""},
                      refused_answer{304, "", "UPSTREAM_ERROR", ""},
                      // The platform's code in an error answer is more specific than the status.
                      refused_answer{400, R"({"code":40010,"message":"cursor expired"})", "UPSTREAM_CURSOR_EXPIRED", "code"},
                      refused_answer{401, R"({"code":40102})", "UPSTREAM_UNAUTHORIZED", "code"},
                      // ... but a code 0 on an error status explains nothing.
                      refused_answer{503, R"({"code":0})", "UPSTREAM_UNAVAILABLE", ""}));

INSTANTIATE_TEST_SUITE_P(
    MalformedAnswers, StateCouncilRefusedAnswer,
    ::testing::Values(refused_answer{200, "", "MALFORMED_BODY", ""},
                      refused_answer{200, "<html>maintenance</html>", "MALFORMED_BODY", ""},
                      refused_answer{200, "[]", "MALFORMED_BODY", ""},
                      refused_answer{200, R"({"code":0,"data":{"items":[]}} trailing)", "MALFORMED_BODY", ""},
                      refused_answer{200, R"({"data":{"items":[]}})", "MISSING_FIELD", "code"},
                      refused_answer{200, R"({"code":"0","data":{"items":[]}})", "WRONG_TYPE", "code"},
                      refused_answer{200, R"({"code":0})", "MISSING_FIELD", "data"},
                      refused_answer{200, R"({"code":0,"data":[]})", "WRONG_TYPE", "data"},
                      refused_answer{200, R"({"code":0,"data":{}})", "MISSING_FIELD", "data.items"},
                      refused_answer{200, R"({"code":0,"data":{"items":{}}})", "WRONG_TYPE", "data.items"},
                      refused_answer{200, R"({"code":0,"data":{"items":[],"hasMore":"true","nextCursor":"c2"}})", "WRONG_TYPE", "data.hasMore"},
                      refused_answer{200, R"({"code":0,"data":{"items":[{}]}})", "MISSING_FIELD", "data.nextCursor"},
                      refused_answer{200, R"({"code":0,"data":{"items":[],"hasMore":true}})", "MISSING_FIELD", "data.nextCursor"},
                      refused_answer{200, R"({"code":0,"data":{"items":[],"nextCursor":7}})", "WRONG_TYPE", "data.nextCursor"},
                      refused_answer{200, R"({"code":0,"data":{"items":[],"nextCursor":"c 2"}})", "INVALID_FIELD", "data.nextCursor"},
                      refused_answer{200, R"({"code":0,"data":{"items":[],"items":[{}],"nextCursor":"c2"}})", "DUPLICATE_FIELD", "data.items"},
                      refused_answer{200, R"({"code":0,"code":0,"data":{"items":[]}})", "DUPLICATE_FIELD", "code"}));

TEST(StateCouncilReadPoll, AnswerThatIsNotJsonByItsMediaTypeIsMalformed) {
  council_host host;
  const auto page = host.read_poll(200, read_sample("poll-first-page.json"), "c1", "text/html");
  EXPECT_EQ(page.status, CASEGW_REJECTED);
  EXPECT_EQ(page.code, "MALFORMED_BODY");
  EXPECT_TRUE(page.items.empty());
}

TEST(StateCouncilReadPoll, SampleErrorAnswersMapToTheirCodes) {
  council_host host;
  EXPECT_EQ(host.read_poll(200, read_sample("poll-error-token-expired.json")).code, "UPSTREAM_UNAUTHORIZED");
  EXPECT_EQ(host.read_poll(400, read_sample("poll-error-cursor-expired.json")).code, "UPSTREAM_CURSOR_EXPIRED");
}

TEST(StateCouncilReadPoll, RefusalMessagesNeverQuoteTheAnswer) {
  council_host host;
  const std::string secret = "张三 13800138000";
  const std::string bodies[] = {R"({"code":40001,"message":")" + secret + R"("})", "<html>" + secret + "</html>",
                                R"({"code":0,"data":{"items":[],"nextCursor":")" + secret + R"("}})"};
  for (const unsigned status : {200u, 500u}) {
    for (const auto& body : bodies) {
      const auto page = host.read_poll(status, body);
      ASSERT_EQ(page.status, CASEGW_REJECTED) << body;
      EXPECT_EQ(page.message.find("13800138000"), std::string::npos) << page.message;
      EXPECT_EQ(page.message.find("张三"), std::string::npos) << page.message;
    }
  }
}

}  // namespace
}  // namespace casegw::state_council::testing
