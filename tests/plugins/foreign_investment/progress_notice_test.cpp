// encode_event: workflow events become the complaint system's progress notices, forms with
// epoch-millisecond times and numeric status codes.
#include "complaint_samples.hpp"

namespace casegw::foreign_investment::testing {
namespace {

using boost::json::object;
using boost::json::value;

value event_json(std::string_view type) {
  return value{{"schema", "casegw.event/v1"},
               {"event_id", "01a1f78e-e758-7d41-9b8a-5e2f1c0d9a11"},
               {"case_id", "01a1f693-59ae-7d1c-9a3b-4f0e2c1d8b57"},
               {"channel_case_ref", "CQWT2026112000052"},
               {"type", type},
               {"occurred_at", "2026-11-20T14:05:00+08:00"},
               {"status_text", "已转万州区市场监管部门核查办理"}};
}

std::string event(std::string_view type) { return boost::json::serialize(event_json(type)); }

std::string changed(std::string_view key, value v) {
  value e = event_json("dispatched");
  if (v.is_null()) e.as_object().erase(key); else e.as_object()[key] = std::move(v);
  return boost::json::serialize(e);
}

std::string header(const sdk::testing::call_result& r, std::string_view name) {
  for (const auto& [n, v] : r.headers)
    if (n == name) return v;
  return {};
}

form notice_fields(const sdk::testing::call_result& r) { return sdk::form_fields::parse(r.output).all(); }

TEST(ForeignInvestmentProgress, DispatchedBecomesATransferredNoticeForm) {
  complaint_host host;
  const auto r = host.encode_event(event("dispatched"));
  ASSERT_EQ(r.status, CASEGW_OK) << r.code << " " << r.message;
  EXPECT_EQ(r.method, "POST");
  EXPECT_EQ(r.path, "/fdi-complaint/api/v1/progress");
  EXPECT_EQ(header(r, "Content-Type"), "application/x-www-form-urlencoded; charset=UTF-8");
  EXPECT_EQ(header(r, "Idempotency-Key"), "01a1f78e-e758-7d41-9b8a-5e2f1c0d9a11");
  EXPECT_EQ(r.output,
            "complaintNo=CQWT2026112000052"
            "&noticeId=01a1f78e-e758-7d41-9b8a-5e2f1c0d9a11"
            "&progressStatus=20"
            "&progressName=%E5%B7%B2%E8%BD%AC%E5%8A%9E"  // 已转办
            "&occurTime=1795154700000"                    // 2026-11-20 14:05:00 Beijing time
            "&replyContent=%E5%B7%B2%E8%BD%AC%E4%B8%87%E5%B7%9E%E5%8C%BA%E5%B8%82%E5%9C%BA%E7%9B%91%E7%AE%A1"
            "%E9%83%A8%E9%97%A8%E6%A0%B8%E6%9F%A5%E5%8A%9E%E7%90%86"
            "&caseId=01a1f693-59ae-7d1c-9a3b-4f0e2c1d8b57");
  EXPECT_EQ(notice_fields(r).at("replyContent"), "已转万州区市场监管部门核查办理");
}

TEST(ForeignInvestmentProgress, EachEventTypeWithACounterpartHasItsStatus) {
  complaint_host host;
  const std::tuple<const char*, const char*, const char*> expected[] = {
      {"acknowledged", "10", "已受理"}, {"not_accepted", "11", "不予受理"}, {"dispatched", "20", "已转办"},
      {"in_progress", "21", "办理中"},  {"extended", "22", "已延期"},     {"resolved", "30", "已办结"},
      {"reopened", "40", "重新办理"},   {"closed", "50", "已归档"}};
  for (const auto& [type, code, label] : expected) {
    const auto r = host.encode_event(event(type));
    ASSERT_EQ(r.status, CASEGW_OK) << type;
    EXPECT_EQ(notice_fields(r).at("progressStatus"), code) << type;
    EXPECT_EQ(notice_fields(r).at("progressName"), label) << type;
  }
}

TEST(ForeignInvestmentProgress, EvaluatedIsRefusedBecauseTheOfficeCollectsEvaluationsItself) {
  complaint_host host;
  const auto r = host.encode_event(event("evaluated"));
  expect_rejected(r, {"INVALID_FIELD", "type"});
  EXPECT_TRUE(r.method.empty());  // nothing half-written to the sink
  EXPECT_TRUE(r.headers.empty());
}

TEST(ForeignInvestmentProgress, OccurTimeIsTheSameInstantWhateverTheOffset) {
  complaint_host host;
  const std::pair<const char*, const char*> instants[] = {{"2026-11-20T14:05:00+08:00", "1795154700000"},
                                                          {"2026-11-20T06:05:00Z", "1795154700000"},
                                                          {"2026-11-20T01:05:00-05:00", "1795154700000"},
                                                          {"2026-11-20T14:05:00.25+08:00", "1795154700250"},
                                                          {"2026-11-20T14:05:00.123456789+08:00", "1795154700123"},
                                                          {"2000-01-01T00:00:00Z", "946684800000"},
                                                          {"2028-02-29T23:59:59+08:00", "1835452799000"}};
  for (const auto& [text, millis] : instants) {
    const auto r = host.encode_event(changed("occurred_at", text));
    ASSERT_EQ(r.status, CASEGW_OK) << text;
    EXPECT_EQ(notice_fields(r).at("occurTime"), millis) << text;
  }
}

TEST(ForeignInvestmentProgress, ReplyAndCaseIdAreOptional) {
  complaint_host host;
  value e = event_json("resolved");
  e.as_object().erase("status_text");
  e.as_object()["case_id"] = nullptr;
  const auto r = host.encode_event(boost::json::serialize(e));
  ASSERT_EQ(r.status, CASEGW_OK) << r.message;
  const form fields = notice_fields(r);
  EXPECT_FALSE(fields.contains("replyContent"));
  EXPECT_FALSE(fields.contains("caseId"));
  EXPECT_EQ(fields.at("progressName"), "已办结");
}

TEST(ForeignInvestmentProgress, FormSyntaxInTheReplyIsEscaped) {
  complaint_host host;
  const auto r = host.encode_event(changed("status_text", "退费 50% & 补正=2 项+说明"));
  ASSERT_EQ(r.status, CASEGW_OK);
  EXPECT_EQ(notice_fields(r).at("replyContent"), "退费 50% & 补正=2 项+说明");
  EXPECT_NE(r.output.find("%E9%80%80%E8%B4%B9+50%25+%26+"), std::string::npos) << r.output;
}

TEST(ForeignInvestmentProgress, MembersAddedByALaterEventVersionAreIgnored) {
  complaint_host host;
  value e = event_json("extended");
  e.as_object()["extension"] = value{{"working_days", 10}, {"approved_by", {"市投资促进局"}}};
  e.as_object()["attempt"] = 2;
  EXPECT_EQ(host.encode_event(boost::json::serialize(e)).status, CASEGW_OK);
}

struct bad_event {
  std::string name, json, code, field;
};
void PrintTo(const bad_event& b, std::ostream* os) { *os << b.name; }

class ForeignInvestmentBadEvent : public ::testing::TestWithParam<bad_event> {};

TEST_P(ForeignInvestmentBadEvent, IsRejectedNamingTheMemberAndWritesNothing) {
  complaint_host host;
  const auto r = host.encode_event(GetParam().json);
  expect_rejected(r, {GetParam().code, GetParam().field});
  EXPECT_TRUE(r.method.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Events, ForeignInvestmentBadEvent,
    ::testing::Values(
        bad_event{"schema_v2", changed("schema", "casegw.event/v2"), "UNSUPPORTED_VERSION", "schema"},
        bad_event{"no_schema", changed("schema", nullptr), "MISSING_FIELD", "schema"},
        bad_event{"no_event_id", changed("event_id", nullptr), "MISSING_FIELD", "event_id"},
        bad_event{"event_id_with_line_break", changed("event_id", "e-1\r\nX-Injected: 1"), "INVALID_FIELD", "event_id"},
        bad_event{"no_case_ref", changed("channel_case_ref", ""), "MISSING_FIELD", "channel_case_ref"},
        bad_event{"type_not_a_string", changed("type", 3), "WRONG_TYPE", "type"},
        bad_event{"unknown_type", changed("type", "signed_for"), "INVALID_FIELD", "type"},
        bad_event{"occurred_at_without_offset", changed("occurred_at", "2026-11-20T14:05:00"), "INVALID_DATE", "occurred_at"},
        bad_event{"occurred_at_impossible", changed("occurred_at", "2026-02-30T14:05:00+08:00"), "INVALID_DATE", "occurred_at"},
        bad_event{"status_text_not_a_string", changed("status_text", value{{"zh", "x"}}), "WRONG_TYPE", "status_text"},
        bad_event{"not_json", "not json", "MALFORMED_BODY", ""},
        bad_event{"array", "[]", "MALFORMED_BODY", ""},
        bad_event{"string", R"("casegw.event/v1")", "MALFORMED_BODY", ""},
        bad_event{"trailing_data", event("resolved") + "{}", "MALFORMED_BODY", ""},
        bad_event{"duplicate_key", R"({"schema":"casegw.event/v1","type":"resolved","type":"closed"})", "MALFORMED_BODY", ""},
        bad_event{"nested_duplicate_key", R"({"schema":"casegw.event/v1","x":[{"a":1,"a":2}]})", "MALFORMED_BODY", ""}),
    [](const ::testing::TestParamInfo<bad_event>& info) { return info.param.name; });

TEST(ForeignInvestmentProgress, EncodingLogsNothing) {
  complaint_host host;
  host.encode_event(event("resolved"));
  host.encode_event("not json");
  EXPECT_TRUE(host.logs().empty());
}

}  // namespace
}  // namespace casegw::foreign_investment::testing
