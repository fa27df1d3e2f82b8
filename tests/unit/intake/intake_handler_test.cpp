// The intake pipeline without the network: a real plugin (tests/abi echo, throws_in_decode)
// behind a channel registry, and a fake store that answers what each test needs.
#include "intake/intake_handler.hpp"

#include "fake_store.hpp"
#include "intake_test_support.hpp"

#include "plugin_host/plugin_loader.hpp"

#include <boost/json.hpp>
#include <casegw_test_plugins.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <unistd.h>

namespace casegw::intake {
namespace {

namespace json = boost::json;

class IntakeHandler : public ::testing::Test {
 protected:
  IntakeHandler() {
    plugin_host::typed_settings echo_settings;
    echo_settings["case_prefix"] = {CASEGW_FIELD_STRING, "E", 0, false};
    echo_settings["max_body_bytes"] = {CASEGW_FIELD_SIZE, "512", 512, false};
    // A fixed date keeps the computed deadlines inside the shipped calendar whatever today is.
    echo_settings["submitted_at"] = {CASEGW_FIELD_STRING, "2026-11-20T09:30:00+08:00", 0, false};
    std::vector<channel> channels;
    channels.push_back(make_channel("echo", CASEGW_TEST_PLUGIN_ECHO, echo_settings));
    channels.push_back(make_channel("broken", CASEGW_TEST_PLUGIN_THROWS_IN_DECODE, {}));
    channels.push_back(make_channel("garbage", CASEGW_TEST_PLUGIN_GARBAGE_OUTPUT, {}));
    channels.push_back(make_channel("off", CASEGW_TEST_PLUGIN_ECHO, echo_settings));
    channels.back().enabled = false;
    channels.push_back(make_channel("legacy", CASEGW_TEST_PLUGIN_ECHO, echo_settings));
    channels.back().charsets = {"utf-8", "gbk", "gb18030"};
    const std::vector<std::string> ids{"echo", "broken", "garbage", "off", "legacy"};
    pipelines_ = std::make_unique<pipeline_holder>(testing::test_pipeline(
        std::make_shared<const channel_registry>(std::move(channels)), testing::test_case_rules(test_policy(ids), ids)));
    handler_ = std::make_unique<intake_handler>(*pipelines_, store_, metrics_,
                                                intake_options{std::chrono::seconds(7), &rules_metrics_});
  }

  net::http_response send(const std::string& target, const std::string& body,
                          const std::string& content_type = "text/plain", const std::string& method = "POST") {
    net::http_request request;
    request.head.method = method;
    request.head.target = target;
    request.head.request_id = "rid-1";
    if (!content_type.empty()) request.head.headers.push_back({"Content-Type", content_type});
    request.body = body;
    const auto verdict = handler_->on_header(request.head);
    if (verdict.reject) return *verdict.reject;
    std::optional<net::http_response> answer;
    handler_->on_request(std::move(request), [&](net::http_response r) { answer = std::move(r); });
    EXPECT_TRUE(answer) << "the handler must answer";
    return answer.value_or(net::http_response{});
  }

  static std::string code_of(const net::http_response& r) {
    return json::parse(r.body).at("error").at("code").as_string().c_str();
  }

  fake_store store_;
  metrics::registry registry_;
  intake_metrics metrics_{registry_};
  rules_metrics rules_metrics_{registry_};
  std::unique_ptr<pipeline_holder> pipelines_;
  std::unique_ptr<intake_handler> handler_;
};

TEST_F(IntakeHandler, AcceptsAndStoresTheAssembledUnifiedCase) {
  const auto r = send("/v1/channels/echo/cases", "hello");
  ASSERT_EQ(r.status, 202) << r.body;
  ASSERT_EQ(store_.submitted.size(), 1u);
  const auto& c = store_.submitted[0];
  EXPECT_EQ(c.channel_id, "echo");
  EXPECT_EQ(c.case_ref, "E-rid-1");
  EXPECT_EQ(c.raw_body, "hello");
  EXPECT_EQ(c.destinations, std::vector<std::string>{"workflow"});
  const auto unified = json::parse(c.case_json).as_object();
  EXPECT_EQ(unified.at("schema").as_string(), "casegw.case/v1");
  EXPECT_EQ(unified.at("case_id").as_string(), c.case_id);
  EXPECT_EQ(unified.at("channel").at("id").as_string(), "echo");
  EXPECT_EQ(unified.at("raw").at("size").as_int64(), 5);
  EXPECT_EQ(json::parse(r.body).at("case_id").as_string(), c.case_id);
}

TEST_F(IntakeHandler, TheCaseCarriesItsDeadlinesAndEvaluationRules) {
  ASSERT_EQ(send("/v1/channels/echo/cases", "hello").status, 202);
  const auto unified = json::parse(store_.submitted.at(0).case_json).as_object();
  // echo's kind is "other": the platform's non-consultation rule, 15 working days.
  const auto& deadlines = unified.at("deadlines").as_object();
  EXPECT_EQ(deadlines.at("rule").as_string(), "platform.non_consultation");
  EXPECT_EQ(deadlines.at("working_days").as_int64(), 15);
  // Fri 2026-11-20: day 1 is Mon 11-23, day 15 is Fri 12-11 (no holiday in between).
  EXPECT_EQ(deadlines.at("due_at").as_string(), "2026-12-11T23:59:59+08:00");
  EXPECT_TRUE(deadlines.contains("extension_apply_by"));
  const auto& evaluation = unified.at("evaluation").as_object();
  EXPECT_EQ(evaluation.at("collector").as_string(), "platform");
  EXPECT_EQ(evaluation.at("scale").as_string(), "platform_3");
}

TEST_F(IntakeHandler, MapsStoreOutcomesToAnswers) {
  store_.outcome = store::submit_outcome::duplicate;
  auto r = send("/v1/channels/echo/cases", "hello");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(json::parse(r.body).at("case_id").as_string(), "original-id");
  store_.outcome = store::submit_outcome::conflict;
  EXPECT_EQ(code_of(send("/v1/channels/echo/cases", "hello")), "CASE_CONFLICT");
  store_.outcome = store::submit_outcome::unavailable;
  r = send("/v1/channels/echo/cases", "hello");
  EXPECT_EQ(r.status, 503);
  EXPECT_EQ(code_of(r), "STORE_UNAVAILABLE");
}

TEST_F(IntakeHandler, RefusesBeforeTheBodyWhenTheStoreIsNotWritable) {
  store_.writable_now = false;
  net::http_request_head head;
  head.method = "POST";
  head.target = "/v1/channels/echo/cases";
  head.headers.push_back({"Content-Type", "text/plain"});
  const auto verdict = handler_->on_header(head);
  ASSERT_TRUE(verdict.reject);
  EXPECT_EQ(verdict.reject->status, 503);
  bool has_retry_after = false;
  for (const auto& h : verdict.reject->headers) has_retry_after |= h.name == "Retry-After" && h.value == "7";
  EXPECT_TRUE(has_retry_after);
}

TEST_F(IntakeHandler, GivesTheChannelsBodyLimitToTheServer) {
  net::http_request_head head;
  head.method = "POST";
  head.target = "/v1/channels/echo/cases";
  head.headers.push_back({"Content-Type", "text/plain"});
  EXPECT_EQ(handler_->on_header(head).body_limit, 1024u);
}

TEST_F(IntakeHandler, AnswersEachHeaderProblemWithItsOwnCode) {
  EXPECT_EQ(code_of(send("/v2/whatever", "x")), "NOT_FOUND");
  EXPECT_EQ(code_of(send("/v1/channels/nope/cases", "x")), "UNKNOWN_CHANNEL");
  EXPECT_EQ(code_of(send("/v1/channels/off/cases", "x")), "CHANNEL_DISABLED");
  EXPECT_EQ(code_of(send("/v1/channels/echo/cases", "x", "text/plain", "PUT")), "METHOD_NOT_ALLOWED");
  EXPECT_EQ(code_of(send("/v1/channels/echo/cases", "x", "")), "UNSUPPORTED_MEDIA_TYPE");
  EXPECT_EQ(code_of(send("/v1/channels/echo/cases", "x", "application/xml")), "UNSUPPORTED_MEDIA_TYPE");
  EXPECT_EQ(code_of(send("/v1/channels/echo/cases", "x", "text/plain; charset=gbk")), "UNSUPPORTED_CHARSET");
  EXPECT_TRUE(store_.submitted.empty());
}

TEST_F(IntakeHandler, RefusesInvalidUtf8WithoutCallingTheAdapter) {
  const auto r = send("/v1/channels/echo/cases", "caf\xC3");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(code_of(r), "INVALID_ENCODING");
}

TEST_F(IntakeHandler, ConvertsADeclaredGbkBodyToUtf8BeforeTheAdapterAndKeepsTheRawBytes) {
  const std::string gbk_body = "\xD6\xD0\xCE\xC4";  // 中文 in GBK
  const auto r = send("/v1/channels/legacy/cases", gbk_body, "text/plain; charset=GBK");
  ASSERT_EQ(r.status, 202) << r.body;
  ASSERT_EQ(store_.submitted.size(), 1u);
  const auto& stored = store_.submitted.front();
  EXPECT_EQ(json::parse(stored.case_json).at("content").as_string(), "中文");
  EXPECT_EQ(stored.raw_body, gbk_body) << "the audit copy is the bytes as received";
  EXPECT_EQ(stored.raw_charset, "gbk");
}

TEST_F(IntakeHandler, RefusesInvalidGbkBytesWithTheirOffsetAndNeverAReplacementCharacter) {
  const auto r = send("/v1/channels/legacy/cases", "ok\x81\x20", "text/plain; charset=gb18030");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(code_of(r), "INVALID_ENCODING");
  EXPECT_NE(r.body.find("offset 2"), std::string::npos) << r.body;
  EXPECT_TRUE(store_.submitted.empty());
}

TEST_F(IntakeHandler, AChannelThatOnlyTakesUtf8RefusesGbkBeforeTheBody) {
  EXPECT_EQ(code_of(send("/v1/channels/echo/cases", "x", "text/plain; charset=GB2312")), "UNSUPPORTED_CHARSET");
}

TEST_F(IntakeHandler, PassesTheAdaptersRejectionThroughNamingTheField) {
  const auto r = send("/v1/channels/echo/cases", std::string(600, 'x'));
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(code_of(r), "BODY_TOO_LARGE");
  const auto empty = send("/v1/channels/echo/cases", "");
  EXPECT_EQ(code_of(empty), "MISSING_FIELD");
  EXPECT_NE(empty.body.find("field 'body'"), std::string::npos) << empty.body;
}

TEST_F(IntakeHandler, AnAdapterThatThrowsIsA500WithACodeAndOtherChannelsStillWork) {
  const auto r = send("/v1/channels/broken/cases", "x");
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(code_of(r), "ADAPTER_FAILED");
  EXPECT_EQ(r.body.find("boom"), std::string::npos) << "plugin internals stay in the log";
  EXPECT_EQ(send("/v1/channels/echo/cases", "fine").status, 202);
}

TEST_F(IntakeHandler, AnAdapterThatReturnsGarbageIsA500AndNeverACaseWhileOtherChannelsStillWork) {
  for (int i = 0; i < 3; ++i) {
    const auto r = send("/v1/channels/garbage/cases", "x");
    EXPECT_EQ(r.status, 500);
    EXPECT_EQ(code_of(r), "ADAPTER_FAILED");
    EXPECT_EQ(send("/v1/channels/echo/cases", "fine " + std::to_string(i)).status, 202);
  }
  ASSERT_EQ(store_.submitted.size(), 3u) << "only the good channel's cases were stored";
  for (const auto& c : store_.submitted) EXPECT_EQ(c.channel_id, "echo");
}

TEST_F(IntakeHandler, CountsOutcomesPerChannelAndCodeWithoutAnythingFromTheBody) {
  ASSERT_EQ(send("/v1/channels/echo/cases", "hello").status, 202);
  ASSERT_EQ(send("/v1/channels/echo/cases", "").status, 400);
  ASSERT_EQ(send("/v1/channels/x-unknown-张三/cases", "hello").status, 404);
  const auto text = registry_.render();
  EXPECT_NE(text.find(R"(casegw_intake_requests_total{channel="echo",outcome="accepted"} 1)"), std::string::npos) << text;
  EXPECT_NE(text.find(R"(casegw_intake_rejections_total{channel="echo",code="MISSING_FIELD"} 1)"), std::string::npos) << text;
  // A channel id from the URL that is not configured never becomes a label value.
  EXPECT_NE(text.find(R"(casegw_intake_rejections_total{channel="-",code="UNKNOWN_CHANNEL"} 1)"), std::string::npos) << text;
  EXPECT_EQ(text.find("张三"), std::string::npos);
  EXPECT_EQ(text.find("x-unknown"), std::string::npos);
}

TEST_F(IntakeHandler, AReplacedPipelineAppliesToTheNextRequest) {
  const auto rules = pipelines_->current()->rules;
  pipelines_->replace(testing::test_pipeline(std::make_shared<const channel_registry>(std::vector<channel>{}), rules));
  EXPECT_EQ(code_of(send("/v1/channels/echo/cases", "x")), "UNKNOWN_CHANNEL");
}

// A reload between the header and the body does not change the rules under the request: the
// pipeline the header was judged by travels with it.
TEST_F(IntakeHandler, ARequestFinishesOnThePipelineItsHeaderWasJudgedBy) {
  net::http_request request;
  request.head.method = "POST";
  request.head.target = "/v1/channels/echo/cases";
  request.head.request_id = "rid-2";
  request.head.headers.push_back({"Content-Type", "text/plain"});
  request.body = "hello";
  auto verdict = handler_->on_header(request.head);
  ASSERT_FALSE(verdict.reject);
  ASSERT_TRUE(verdict.context);
  const auto rules = pipelines_->current()->rules;
  pipelines_->replace(testing::test_pipeline(std::make_shared<const channel_registry>(std::vector<channel>{}), rules));
  request.context = verdict.context;
  std::optional<net::http_response> answer;
  handler_->on_request(std::move(request), [&](net::http_response r) { answer = std::move(r); });
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 202) << answer->body;
}

// Deadlines, evaluation, scope and route are all on the stored case, in that order, and the
// outbox rows are the route's destinations followed by the channel's own (without repeats).
TEST_F(IntakeHandler, TheStoredCaseCarriesItsScopeAndRouteAndGoesWhereTheRouteSays) {
  ASSERT_EQ(send("/v1/channels/echo/cases", "hello").status, 202);
  ASSERT_EQ(store_.submitted.size(), 1u);
  const auto& stored = store_.submitted.front();
  EXPECT_EQ(stored.destinations, std::vector<std::string>{"workflow"});
  EXPECT_EQ(stored.ruling, "scope=in_scope route=default unit=city_centre level=city") << "the trail's note";
  const auto c = json::parse(stored.case_json).as_object();
  EXPECT_EQ(c.at("scope").at("assessment"), "in_scope");
  EXPECT_EQ(c.at("route").at("rule"), "default");
  EXPECT_EQ(c.at("route").at("unit").at("id"), "city_centre");
  std::vector<std::string> order;
  for (const auto& member : c) order.emplace_back(member.key());
  const auto position = [&](const char* key) { return std::find(order.begin(), order.end(), key) - order.begin(); };
  EXPECT_LT(position("deadlines"), position("evaluation"));
  EXPECT_LT(position("evaluation"), position("scope"));
  EXPECT_LT(position("scope"), position("route"));
  EXPECT_LT(position("route"), position("raw"));
  const auto text = registry_.render();
  EXPECT_NE(text.find(R"(casegw_cases_assessed_total{channel="echo",assessment="in_scope",exclusion="-"} 1)"),
            std::string::npos) << text;
  EXPECT_NE(text.find(R"(casegw_cases_routed_total{channel="echo",rule="default",level="city"} 1)"), std::string::npos)
      << text;
}

}  // namespace
}  // namespace casegw::intake
