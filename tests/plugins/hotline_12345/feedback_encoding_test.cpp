// encode_event: workflow events become the work-order system's handling feedback (办理反馈), an
// XML POST to reply_path, with times in Beijing local time and text safely escaped.
#include "beijing_time.hpp"
#include "wire_element.hpp"
#include "work_order_samples.hpp"

namespace casegw::hotline_12345::testing {
namespace {

using boost::json::value;

value event(std::string_view type) {
  return value{{"schema", "casegw.event/v1"},
               {"event_id", "01a1f78e-e758-7d41-9b8a-5e2f1c0d9a11"},
               {"case_id", "01a1f693-59ae-7d1c-9a3b-4f0e2c1d8b57"},
               {"channel_case_ref", "CQ12345-20261120-000802"},
               {"type", type},
               {"occurred_at", "2026-11-21T16:05:00+08:00"},
               {"status_text", "经现场核查，该餐馆已安装油烟净化设施并调整营业时间，已答复来电人。"}};
}

std::string changed(value e, const char* key, value v) {
  if (v.is_null()) {
    e.as_object().erase(key);
  } else {
    e.as_object()[key] = std::move(v);
  }
  return boost::json::serialize(e);
}

std::string header(const sdk::testing::call_result& r, std::string_view name) {
  for (const auto& [n, v] : r.headers)
    if (n == name) return v;
  return {};
}

// The feedback body as the work-order system would read it; every element once.
std::map<std::string, std::string> feedback_fields(const std::string& xml) {
  const auto doc = xml_document::parse(xml);
  EXPECT_EQ(doc.root().name, "feedback");
  std::map<std::string, std::string> fields;
  for (const auto& [name, v] : doc.root().attributes) fields["@" + name] = v;
  for (const std::size_t index : doc.root().children) {
    const xml_element& e = doc.element(index);
    EXPECT_TRUE(fields.emplace(e.name, std::string(trimmed_text(e))).second) << e.name << " twice";
  }
  return fields;
}

TEST(HotlineFeedback, ResolvedBecomesAFinishFeedbackPost) {
  hotline_host host;
  const auto r = host.encode_event(boost::json::serialize(event("resolved")));
  ASSERT_EQ(r.status, CASEGW_OK) << r.code << " " << r.field << ": " << r.message;
  EXPECT_EQ(r.method, "POST");
  EXPECT_EQ(r.path, "/api/workorder/feedback");
  EXPECT_EQ(header(r, "Content-Type"), "application/xml; charset=UTF-8");
  EXPECT_EQ(header(r, "Idempotency-Key"), "01a1f78e-e758-7d41-9b8a-5e2f1c0d9a11");
  EXPECT_TRUE(r.output.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feedback version=\"1\">"));
  EXPECT_EQ(feedback_fields(r.output),
            (std::map<std::string, std::string>{
                {"@version", "1"},
                {"feedbackId", "01a1f78e-e758-7d41-9b8a-5e2f1c0d9a11"},
                {"orderNo", "CQ12345-20261120-000802"},
                {"feedbackType", "FINISH"},
                {"feedbackTypeName", "办结"},
                {"feedbackTime", "2026-11-21 16:05:00"},
                {"content", "经现场核查，该餐馆已安装油烟净化设施并调整营业时间，已答复来电人。"},
                {"caseId", "01a1f693-59ae-7d1c-9a3b-4f0e2c1d8b57"}}));
}

TEST(HotlineFeedback, EachEventTypeHasItsFeedbackType) {
  hotline_host host;
  const std::tuple<const char*, const char*, const char*> expected[] = {
      {"acknowledged", "SIGN", "签收"},     {"not_accepted", "RETURN", "退单"}, {"dispatched", "TRANSFER", "转办"},
      {"in_progress", "PROCESS", "办理中"}, {"extended", "DELAY", "延期"},      {"resolved", "FINISH", "办结"},
      {"reopened", "REDO", "重办"},         {"closed", "ARCHIVE", "归档"}};
  for (const auto& [type, code, label] : expected) {
    const auto r = host.encode_event(boost::json::serialize(event(type)));
    ASSERT_EQ(r.status, CASEGW_OK) << type << ": " << r.message;
    const auto fields = feedback_fields(r.output);
    EXPECT_EQ(fields.at("feedbackType"), code) << type;
    EXPECT_EQ(fields.at("feedbackTypeName"), label) << type;
  }
}

TEST(HotlineFeedback, EvaluatedHasNoCounterpartBecauseTheHotlineRunsTheCallback) {
  hotline_host host;
  const auto r = host.encode_event(boost::json::serialize(event("evaluated")));
  expect_rejected(r, {"INVALID_FIELD", "type"});
  EXPECT_TRUE(r.method.empty());  // nothing half-written to the sink
}

TEST(HotlineFeedback, ReturnDelayAndFinishMustSayWhy) {
  hotline_host host;
  for (const char* type : {"not_accepted", "extended", "resolved"}) {
    expect_rejected(host.encode_event(changed(event(type), "status_text", nullptr)), {"MISSING_FIELD", "status_text"});
    expect_rejected(host.encode_event(changed(event(type), "status_text", " \u3000")),
                    {"MISSING_FIELD", "status_text"});
  }
  for (const char* type : {"acknowledged", "dispatched", "in_progress", "reopened", "closed"}) {
    const auto r = host.encode_event(changed(event(type), "status_text", nullptr));
    ASSERT_EQ(r.status, CASEGW_OK) << type;
    EXPECT_FALSE(feedback_fields(r.output).count("content")) << type;
  }
}

TEST(HotlineFeedback, TimesAreWrittenInBeijingTime) {
  EXPECT_EQ(beijing_local_time("2026-11-21T16:05:00+08:00"), "2026-11-21 16:05:00");
  EXPECT_EQ(beijing_local_time("2026-11-21T08:05:00Z"), "2026-11-21 16:05:00");
  EXPECT_EQ(beijing_local_time("2026-11-21T08:05:00.999Z"), "2026-11-21 16:05:00");   // whole seconds
  EXPECT_EQ(beijing_local_time("2026-12-31T20:30:15-05:00"), "2027-01-01 09:30:15");  // next day, next year
  EXPECT_EQ(beijing_local_time("2028-03-01T01:00:00+09:30"), "2028-02-29 23:30:00");  // back over a leap day
  EXPECT_EQ(beijing_local_time("2026-01-01T00:00:00+14:00"), "2025-12-31 18:00:00");
  EXPECT_THROW(beijing_local_time("2026-11-21 16:05:00"), std::invalid_argument);

  hotline_host host;
  const auto r = host.encode_event(changed(event("dispatched"), "occurred_at", "2026-11-21T23:30:00Z"));
  ASSERT_EQ(r.status, CASEGW_OK);
  EXPECT_EQ(feedback_fields(r.output).at("feedbackTime"), "2026-11-22 07:30:00");
}

TEST(HotlineFeedback, TextIsEscapedAndSurvivesAParser) {
  hotline_host host;
  const std::string text = "已转\"大足区城管局\" & <执法大队>办理，'明日'回复\r\n第二行";
  const auto r = host.encode_event(changed(event("dispatched"), "status_text", value(text)));
  ASSERT_EQ(r.status, CASEGW_OK);
  EXPECT_EQ(r.output.find("<执法大队>"), std::string::npos);
  EXPECT_EQ(feedback_fields(r.output).at("content"), text);
}

TEST(HotlineFeedback, BadEventsAreRefusedWithTheirMember) {
  hotline_host host;
  const value good = event("resolved");
  expect_rejected(host.encode_event(changed(good, "schema", "casegw.event/v2")), {"UNSUPPORTED_VERSION", "schema"});
  expect_rejected(host.encode_event(changed(good, "schema", nullptr)), {"MISSING_FIELD", "schema"});
  expect_rejected(host.encode_event(changed(good, "event_id", nullptr)), {"MISSING_FIELD", "event_id"});
  expect_rejected(host.encode_event(changed(good, "event_id", "e 1\r\nX-Injected: 1")), {"INVALID_FIELD", "event_id"});
  expect_rejected(host.encode_event(changed(good, "channel_case_ref", nullptr)), {"MISSING_FIELD", "channel_case_ref"});
  expect_rejected(host.encode_event(changed(good, "channel_case_ref", "工单1")), {"INVALID_FIELD", "channel_case_ref"});
  expect_rejected(host.encode_event(changed(good, "type", 3)), {"WRONG_TYPE", "type"});
  expect_rejected(host.encode_event(changed(good, "type", "signed_for")), {"INVALID_FIELD", "type"});
  expect_rejected(host.encode_event(changed(good, "occurred_at", "2026-11-21 16:05:00")),
                  {"INVALID_DATE", "occurred_at"});
  expect_rejected(host.encode_event(changed(good, "occurred_at", "2026-02-30T16:05:00+08:00")),
                  {"INVALID_DATE", "occurred_at"});
  expect_rejected(host.encode_event(changed(good, "status_text", 42)), {"WRONG_TYPE", "status_text"});
  expect_rejected(host.encode_event(changed(good, "status_text", "已办结\x01")), {"INVALID_FIELD", "status_text"});
  expect_rejected(host.encode_event(changed(good, "status_text", value(std::string(4001, 'a')))),
                  {"FIELD_TOO_LONG", "status_text"});
  expect_rejected(host.encode_event(changed(good, "case_id", "a b")), {"INVALID_FIELD", "case_id"});
  expect_rejected(host.encode_event("not json"), {"MALFORMED_BODY", ""});
  expect_rejected(host.encode_event("[]"), {"MALFORMED_BODY", ""});
}

TEST(HotlineFeedback, CaseIdIsOptional) {
  hotline_host host;
  const auto r = host.encode_event(changed(event("acknowledged"), "case_id", nullptr));
  ASSERT_EQ(r.status, CASEGW_OK);
  EXPECT_FALSE(feedback_fields(r.output).count("caseId"));
}

}  // namespace
}  // namespace casegw::hotline_12345::testing
