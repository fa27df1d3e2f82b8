// encode_event: workflow events become 渝快办 progress messages the app shows the user.
#include "ykb_fixture.hpp"

namespace casegw::yukuaiban::testing {
namespace {

using boost::json::object;
using boost::json::value;

value event_json(std::string_view type) {
  return value{{"schema", "casegw.event/v1"},
               {"event_id", "01a1f78e-e758-7d41-9b8a-5e2f1c0d9a11"},
               {"case_id", "01a1f693-59ae-7d1c-9a3b-4f0e2c1d8b57"},
               {"channel_case_ref", "YKB2026112000000481"},
               {"type", type},
               {"occurred_at", "2026-11-20T14:05:00+08:00"},
               {"status_text", "已转大足区生态环境局办理"}};
}

std::string event(std::string_view type) { return boost::json::serialize(event_json(type)); }

std::string header(const call_result& r, std::string_view name) {
  for (const auto& [n, v] : r.headers)
    if (n == name) return v;
  return {};
}

TEST(YukuaibanProgress, DispatchedBecomesATransferredProgressMessage) {
  ykb_host host;
  const auto r = host.encode_event(event("dispatched"));
  ASSERT_EQ(r.status, CASEGW_OK) << r.code << " " << r.message;
  EXPECT_EQ(r.method, "POST");
  EXPECT_EQ(r.path, "/ykb/open/v1/appeal/progress");
  EXPECT_EQ(header(r, "Content-Type"), "application/json; charset=utf-8");
  EXPECT_EQ(header(r, "Idempotency-Key"), "01a1f78e-e758-7d41-9b8a-5e2f1c0d9a11");
  EXPECT_EQ(boost::json::parse(r.output),
            (value{{"meta", {{"msgId", "01a1f78e-e758-7d41-9b8a-5e2f1c0d9a11"}, {"msgType", "progress"}, {"version", "1.0"}}},
                   {"data",
                    {{"progress",
                      {{"orderNo", "YKB2026112000000481"},
                       {"status", "20"},
                       {"statusName", "已转办"},
                       {"handleTime", "2026-11-20T14:05:00+08:00"},
                       {"opinion", "已转大足区生态环境局办理"},
                       {"gatewayCaseId", "01a1f693-59ae-7d1c-9a3b-4f0e2c1d8b57"}}}}}}));
}

TEST(YukuaibanProgress, EachEventTypeHasItsStatus) {
  ykb_host host;
  const std::tuple<const char*, const char*, const char*> expected[] = {
      {"acknowledged", "10", "已受理"}, {"not_accepted", "11", "不予受理"}, {"dispatched", "20", "已转办"},
      {"in_progress", "30", "办理中"},  {"extended", "31", "已延期"},     {"resolved", "40", "已办结"},
      {"evaluated", "50", "已评价"},    {"reopened", "60", "重新办理"},   {"closed", "90", "已归档"}};
  for (const auto& [type, code, name] : expected) {
    const auto r = host.encode_event(event(type));
    ASSERT_EQ(r.status, CASEGW_OK) << type << ": " << r.message;
    const value progress = boost::json::parse(r.output).at_pointer("/data/progress");
    EXPECT_EQ(progress.at("status"), code) << type;
    EXPECT_EQ(progress.at("statusName"), name) << type;
  }
}

TEST(YukuaibanProgress, OpinionAndCaseIdAreOptionalForProgressInBetween) {
  ykb_host host;
  value e = event_json("in_progress");
  e.as_object().erase("status_text");
  e.as_object().erase("case_id");
  const auto r = host.encode_event(boost::json::serialize(e));
  ASSERT_EQ(r.status, CASEGW_OK) << r.message;
  const object progress = boost::json::parse(r.output).at_pointer("/data/progress").as_object();
  EXPECT_FALSE(progress.contains("opinion"));
  EXPECT_FALSE(progress.contains("gatewayCaseId"));
}

TEST(YukuaibanProgress, RefusalAndResultMustTellTheUserWhy) {
  ykb_host host;
  for (const char* type : {"not_accepted", "resolved"}) {
    value e = event_json(type);
    e.as_object().erase("status_text");
    const auto r = host.encode_event(boost::json::serialize(e));
    expect_rejected(r, "MISSING_FIELD", "status_text");
    EXPECT_TRUE(r.method.empty()) << type;  // nothing half-written to the sink
  }
}

TEST(YukuaibanProgress, UnknownEventTypeIsRefusedNamingType) {
  ykb_host host;
  const auto r = host.encode_event(event("signed_for"));
  expect_rejected(r, "INVALID_FIELD", "type");
  EXPECT_TRUE(r.method.empty());
  EXPECT_TRUE(r.headers.empty());
}

TEST(YukuaibanProgress, BadEventsAreRefusedWithTheirField) {
  ykb_host host;
  auto changed = [&](const char* key, value v) {
    value e = event_json("resolved");
    if (v.is_null()) e.as_object().erase(key); else e.as_object()[key] = std::move(v);
    return host.encode_event(boost::json::serialize(e));
  };
  expect_rejected(changed("schema", "casegw.event/v2"), "UNSUPPORTED_VERSION", "schema");
  expect_rejected(changed("event_id", nullptr), "MISSING_FIELD", "event_id");
  expect_rejected(changed("channel_case_ref", nullptr), "MISSING_FIELD", "channel_case_ref");
  expect_rejected(changed("occurred_at", "2026-11-20 14:05"), "INVALID_DATE", "occurred_at");
  expect_rejected(changed("type", 3), "WRONG_TYPE", "type");
  expect_rejected(changed("status_text", value(boost::json::array{})), "WRONG_TYPE", "status_text");
  expect_rejected(host.encode_event("not json"), "MALFORMED_BODY", "");
  expect_rejected(host.encode_event("[]"), "MALFORMED_BODY", "");
  expect_rejected(host.encode_event(R"({"schema":"casegw.event/v1","type":"resolved","type":"closed"})"),
                  "DUPLICATE_FIELD", "type");
}

TEST(YukuaibanProgress, TextIsEscapedIntoValidJson) {
  ykb_host host;
  value e = event_json("resolved");
  e.as_object()["status_text"] = "经核查：\"油烟\"已整改\n复查合格\\完毕";
  const auto r = host.encode_event(boost::json::serialize(e));
  ASSERT_EQ(r.status, CASEGW_OK);
  EXPECT_EQ(boost::json::parse(r.output).at_pointer("/data/progress/opinion"), "经核查：\"油烟\"已整改\n复查合格\\完毕");
}

}  // namespace
}  // namespace casegw::yukuaiban::testing
