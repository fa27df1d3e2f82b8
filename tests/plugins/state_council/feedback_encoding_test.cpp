// encode_event: workflow events become the platform's feedback on the item (办理结果反馈).
#include "council_fixture.hpp"

namespace casegw::state_council::testing {
namespace {

using boost::json::object;
using boost::json::value;

value event(std::string_view type, std::string_view ref = "GWYDC20261120000731") {
  return value{{"schema", "casegw.event/v1"},
               {"event_id", "01a1f78e-e758-7d41-9b8a-5e2f1c0d9a11"},
               {"case_id", "01a1f693-59ae-7d1c-9a3b-4f0e2c1d8b57"},
               {"channel_case_ref", ref},
               {"type", type},
               {"occurred_at", "2026-12-01T16:20:00+08:00"},
               {"status_text", "经核实，施工单位已于11月28日拆除脚手架并清理消防通道，改造工程12月上旬复工。"}};
}

sdk::testing::call_result encode(council_host& host, const value& e) { return host.encode_event(boost::json::serialize(e)); }

std::string header(const sdk::testing::call_result& r, std::string_view name) {
  for (const auto& [n, v] : r.headers)
    if (n == name) return v;
  return {};
}

TEST(StateCouncilFeedback, ResolvedBecomesACompletedFeedbackPost) {
  council_host host;
  const auto r = encode(host, event("resolved"));
  ASSERT_EQ(r.status, CASEGW_OK) << r.code << " " << r.field << ": " << r.message;
  EXPECT_EQ(r.method, "POST");
  EXPECT_EQ(r.path, "/api/v2/handover/items/GWYDC20261120000731/feedback");
  EXPECT_EQ(header(r, "Content-Type"), "application/json; charset=utf-8");
  EXPECT_EQ(header(r, "Idempotency-Key"), "01a1f78e-e758-7d41-9b8a-5e2f1c0d9a11");
  EXPECT_EQ(boost::json::parse(r.output),
            (value{{"feedbackId", "01a1f78e-e758-7d41-9b8a-5e2f1c0d9a11"},
                   {"itemId", "GWYDC20261120000731"},
                   {"feedback", {{"type", "completed"},
                                 {"typeName", "办结"},
                                 {"occurredAt", "2026-12-01T16:20:00+08:00"},
                                 {"content", "经核实，施工单位已于11月28日拆除脚手架并清理消防通道，改造工程12月上旬复工。"}}},
                   {"gatewayCaseId", "01a1f693-59ae-7d1c-9a3b-4f0e2c1d8b57"}}));
}

TEST(StateCouncilFeedback, EachEventTypeWithACounterpartHasItsFeedbackType) {
  council_host host;
  const std::pair<const char*, const char*> expected[] = {
      {"acknowledged", "signed"},   {"not_accepted", "returned"}, {"dispatched", "assigned"}, {"in_progress", "progress"},
      {"extended", "extension"},    {"resolved", "completed"},    {"reopened", "rehandling"}};
  for (const auto& [type, feedback_type] : expected) {
    const auto r = encode(host, event(type));
    ASSERT_EQ(r.status, CASEGW_OK) << type << ": " << r.message;
    EXPECT_EQ(boost::json::parse(r.output).at("feedback").at("type"), feedback_type) << type;
  }
}

TEST(StateCouncilFeedback, EventsThePlatformHasNoFeedbackForAreRefusedNamingType) {
  council_host host;
  // The platform collects ratings itself (evaluated) and closes items on 办结 (closed).
  for (const char* type : {"evaluated", "closed", "signed_for"}) {
    const auto r = encode(host, event(type));
    EXPECT_EQ(r.status, CASEGW_REJECTED) << type;
    EXPECT_EQ(r.code, "INVALID_FIELD");
    EXPECT_EQ(r.field, "type");
    EXPECT_TRUE(r.method.empty());  // nothing half-written to the sink
  }
}

TEST(StateCouncilFeedback, ResultReturnAndExtensionNeedTheirText) {
  council_host host;
  for (const char* type : {"resolved", "not_accepted", "extended", "in_progress"}) {
    value e = event(type);
    e.as_object().erase("status_text");
    const auto r = encode(host, e);
    EXPECT_EQ(r.code, "MISSING_FIELD") << type;
    EXPECT_EQ(r.field, "status_text") << type;
    e.as_object()["status_text"] = "\u3000";
    EXPECT_EQ(encode(host, e).field, "status_text") << type;  // blank is no text
  }
}

TEST(StateCouncilFeedback, TextAndCaseIdAreOptionalForTheOthers) {
  council_host host;
  value e = event("acknowledged");
  e.as_object().erase("status_text");
  e.as_object().erase("case_id");
  const auto r = encode(host, e);
  ASSERT_EQ(r.status, CASEGW_OK) << r.message;
  const object body = boost::json::parse(r.output).as_object();
  EXPECT_FALSE(body.contains("gatewayCaseId"));
  EXPECT_FALSE(body.at("feedback").as_object().contains("content"));
  EXPECT_EQ(body.at("feedback").at("typeName"), "已签收");
}

TEST(StateCouncilFeedback, ItemNumberIsOneEncodedPathSegment) {
  council_host host;
  EXPECT_EQ(encode(host, event("acknowledged", "GWY/DC:731")).path, "/api/v2/handover/items/GWY%2FDC%3A731/feedback");
}

TEST(StateCouncilFeedback, OverlongTextIsRefused) {
  council_host host;
  value e = event("resolved");
  e.as_object()["status_text"] = std::string(4001, 'x');
  EXPECT_EQ(encode(host, e).code, "FIELD_TOO_LONG");
  e.as_object()["status_text"] = std::string(4000, 'x');
  EXPECT_EQ(encode(host, e).status, CASEGW_OK);
}

TEST(StateCouncilFeedback, BadEventsAreRefusedWithTheirField) {
  council_host host;
  auto changed = [&](const char* key, value v) {
    value e = event("resolved");
    if (v.is_null()) e.as_object().erase(key); else e.as_object()[key] = std::move(v);
    return encode(host, e);
  };
  EXPECT_EQ(changed("schema", "casegw.event/v2").code, "UNSUPPORTED_VERSION");
  EXPECT_EQ(changed("channel_case_ref", nullptr).field, "channel_case_ref");
  EXPECT_EQ(changed("event_id", nullptr).code, "MISSING_FIELD");
  EXPECT_EQ(changed("occurred_at", "2026-12-01 16:20:00").code, "INVALID_DATE");
  EXPECT_EQ(changed("type", 3).code, "WRONG_TYPE");
  EXPECT_EQ(host.encode_event("not json").code, "MALFORMED_BODY");
  EXPECT_EQ(host.encode_event("[]").code, "MALFORMED_BODY");
  const auto twice = host.encode_event(R"({"schema":"casegw.event/v1","type":"resolved","type":"closed"})");
  EXPECT_EQ(twice.code, "DUPLICATE_FIELD");
  EXPECT_EQ(twice.field, "type");
}

}  // namespace
}  // namespace casegw::state_council::testing
