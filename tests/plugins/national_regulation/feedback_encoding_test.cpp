// encode_event: workflow events become the national system's result feedback (办理结果回传).
#include "regulation_fixture.hpp"

namespace casegw::national_regulation::testing {
namespace {

using boost::json::object;
using boost::json::value;

const value resolved_event{{"schema", "casegw.event/v1"},
                           {"event_id", "01a1f78e-e758-7d41-9b8a-5e2f1c0d9a11"},
                           {"case_id", "01a1f693-59ae-7d1c-9a3b-4f0e2c1d8b57"},
                           {"channel_case_ref", "JGXS2026111800137"},
                           {"type", "resolved"},
                           {"occurred_at", "2026-11-20T14:30:00+08:00"},
                           {"status_text", "经大足区市场监管局现场检查，该餐馆存在使用超过保质期食品原料的行为，已立案查处并责令整改。"}};

std::string event_with(std::string_view key, value v) {
  value e = resolved_event;
  if (v.is_null()) e.as_object().erase(key); else e.as_object()[key] = std::move(v);
  return boost::json::serialize(e);
}

std::string header(const sdk::testing::call_result& r, std::string_view name) {
  for (const auto& [n, v] : r.headers)
    if (n == name) return v;
  return {};
}

TEST(NationalRegulationFeedback, ResolvedBecomesACompletedFeedbackPost) {
  regulation_host host(settings());
  const auto r = host.encode_event(boost::json::serialize(resolved_event));
  ASSERT_EQ(r.status, CASEGW_OK) << r.code << " " << r.field << ": " << r.message;
  EXPECT_EQ(r.method, "POST");
  EXPECT_EQ(r.path, "/api/jg/v1/clue/feedback");
  EXPECT_EQ(header(r, "Content-Type"), "application/json; charset=utf-8");
  EXPECT_EQ(boost::json::parse(r.output),
            (value{{"header",
                    {{"msgId", "01a1f78e-e758-7d41-9b8a-5e2f1c0d9a11"},
                     {"version", "1.0"},
                     {"msgType", "CLUE_FEEDBACK"},
                     {"sender", "CQ_HLWDC"}}},
                   {"body",
                    {{"feedback",
                      {{"clueNo", "JGXS2026111800137"},
                       {"status", "06"},
                       {"statusName", "已办结"},
                       {"handleTime", 1795156200000},
                       {"opinion", resolved_event.at("status_text")},
                       {"localCaseId", "01a1f693-59ae-7d1c-9a3b-4f0e2c1d8b57"}}}}}}));
}

TEST(NationalRegulationFeedback, EachEventTypeWithACounterpartHasItsStatus) {
  regulation_host host(settings());
  const std::tuple<const char*, const char*, const char*> expected[] = {
      {"acknowledged", "01", "已签收"}, {"not_accepted", "02", "已退回"}, {"dispatched", "03", "已转办"},
      {"in_progress", "04", "办理中"},  {"extended", "05", "已延期"},     {"resolved", "06", "已办结"},
      {"reopened", "07", "重新办理"}};
  for (const auto& [type, code, label] : expected) {
    const auto r = host.encode_event(event_with("type", type));
    ASSERT_EQ(r.status, CASEGW_OK) << type << ": " << r.message;
    const value feedback = boost::json::parse(r.output).at("body").at("feedback");
    EXPECT_EQ(feedback.at("status"), code) << type;
    EXPECT_EQ(feedback.at("statusName"), label) << type;
  }
}

TEST(NationalRegulationFeedback, EventsWithoutACounterpartAreRefusedAndNothingIsWritten) {
  regulation_host host(settings());
  // The national system collects its own ratings and considers an item finished at 办结.
  for (const char* type : {"evaluated", "closed", "signed_for", "RESOLVED"}) {
    const auto r = host.encode_event(event_with("type", type));
    expect_rejected(r, {"INVALID_FIELD", "type"});
    EXPECT_TRUE(r.method.empty()) << type;
    EXPECT_TRUE(r.headers.empty()) << type;
  }
}

TEST(NationalRegulationFeedback, ResultAndReturnNeedTheirText) {
  regulation_host host(settings());
  for (const char* type : {"resolved", "not_accepted"}) {
    value e = boost::json::parse(event_with("type", type));
    e.as_object().erase("status_text");
    expect_rejected(host.encode_event(boost::json::serialize(e)), {"MISSING_FIELD", "status_text"});
    e.as_object()["status_text"] = "  ";
    expect_rejected(host.encode_event(boost::json::serialize(e)), {"MISSING_FIELD", "status_text"});
  }
  // Progress statuses may go without one; case_id is optional too.
  value e = boost::json::parse(event_with("type", "in_progress"));
  e.as_object().erase("status_text");
  e.as_object().erase("case_id");
  const auto r = host.encode_event(boost::json::serialize(e));
  ASSERT_EQ(r.status, CASEGW_OK) << r.message;
  const object feedback = boost::json::parse(r.output).at("body").at("feedback").as_object();
  EXPECT_FALSE(feedback.contains("opinion"));
  EXPECT_FALSE(feedback.contains("localCaseId"));
}

TEST(NationalRegulationFeedback, OpinionIsLimitedToFourThousandCharacters) {
  regulation_host host(settings());
  std::string text;
  for (int i = 0; i < 4000; ++i) text += "办";
  EXPECT_EQ(host.encode_event(event_with("status_text", value(text))).status, CASEGW_OK);
  expect_rejected(host.encode_event(event_with("status_text", value(text + "办"))), {"FIELD_TOO_LONG", "status_text"});
}

TEST(NationalRegulationFeedback, OccurredAtBecomesEpochMilliseconds) {
  regulation_host host(settings());
  const std::pair<const char*, std::int64_t> times[] = {
      {"2026-11-20T14:30:00+08:00", 1795156200000},  {"2026-11-20T06:30:00Z", 1795156200000},
      {"2026-11-20T01:30:00-05:00", 1795156200000},  {"2026-11-20T14:30:00.5+08:00", 1795156200500},
      {"2026-11-20T14:30:00.123456789+08:00", 1795156200123},  // truncated, never rounded up
      {"2028-02-29T00:00:00+08:00", 1835366400000},  {"2000-01-01T00:00:00Z", 946684800000}};
  for (const auto& [occurred_at, millis] : times) {
    const auto r = host.encode_event(event_with("occurred_at", occurred_at));
    ASSERT_EQ(r.status, CASEGW_OK) << occurred_at << ": " << r.message;
    EXPECT_EQ(boost::json::parse(r.output).at("body").at("feedback").at("handleTime"), millis) << occurred_at;
  }
  for (const char* bad : {"2026-02-30T10:00:00+08:00", "2026-11-20T14:30:00", "2026-11-20 14:30:00", "1795156200000"})
    expect_rejected(host.encode_event(event_with("occurred_at", bad)), {"INVALID_DATE", "occurred_at"});
}

TEST(NationalRegulationFeedback, FeedbackPathAndAccessCodeSettingsApply) {
  regulation_host host(settings({{"feedback_path", "/gateway/hlwjg/v2/feedback"}, {"access_code", "CQ-500000"}}));
  const auto r = host.encode_event(boost::json::serialize(resolved_event));
  ASSERT_EQ(r.status, CASEGW_OK);
  EXPECT_EQ(r.path, "/gateway/hlwjg/v2/feedback");
  EXPECT_EQ(boost::json::parse(r.output).at("header").at("sender"), "CQ-500000");
}

TEST(NationalRegulationFeedback, BadEventsAreRefusedWithTheirField) {
  regulation_host host(settings());
  expect_rejected(host.encode_event(event_with("schema", "casegw.event/v2")), {"UNSUPPORTED_VERSION", "schema"});
  expect_rejected(host.encode_event(event_with("channel_case_ref", nullptr)), {"MISSING_FIELD", "channel_case_ref"});
  expect_rejected(host.encode_event(event_with("event_id", nullptr)), {"MISSING_FIELD", "event_id"});
  expect_rejected(host.encode_event(event_with("type", 3)), {"WRONG_TYPE", "type"});
  expect_rejected(host.encode_event(event_with("status_text", value{{"text", "..."}})), {"WRONG_TYPE", "status_text"});
  expect_rejected(host.encode_event("not json"), {"MALFORMED_BODY", ""});
  expect_rejected(host.encode_event("[]"), {"MALFORMED_BODY", ""});
  expect_rejected(host.encode_event(R"({"schema":"casegw.event/v1","type":"resolved","type":"closed"})"),
                  {"DUPLICATE_FIELD", "type"});
}

}  // namespace
}  // namespace casegw::national_regulation::testing
