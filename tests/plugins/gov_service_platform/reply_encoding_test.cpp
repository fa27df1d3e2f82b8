// encode_event: workflow events become the platform's replies (答复), in its own flat style.
#include "platform_fixture.hpp"

namespace casegw::gov_service_platform::testing {
namespace {

using boost::json::object;
using boost::json::value;

object event(std::string_view type) {
  return {{"schema", "casegw.event/v1"},
          {"event_id", "01a1f78e-e758-7d41-9b8a-5e2f1c0d9a11"},
          {"case_id", "01a1f693-59ae-7d1c-9a3b-4f0e2c1d8b57"},
          {"channel_case_ref", "ZWFW20261120000123"},
          {"type", type},
          {"occurred_at", "2026-11-27T16:20:00+08:00"},
          {"status_text", "经核实，窗口已对相关工作人员进行批评教育，您的不动产转移登记已于11月27日办结。"}};
}

call_result encode(platform_host& host, const object& e) { return host.encode_event(boost::json::serialize(e)); }

std::string header(const call_result& r, std::string_view name) {
  for (const auto& [n, v] : r.headers)
    if (n == name) return v;
  return {};
}

TEST(GovServiceReply, ResolvedBecomesTheFinalAnswer) {
  platform_host host;
  const call_result r = encode(host, event("resolved"));
  ASSERT_EQ(r.status, CASEGW_OK) << r.code << " " << r.field << ": " << r.message;
  EXPECT_EQ(r.method, "POST");
  EXPECT_EQ(r.path, "/api/v1/zxts/reply");
  EXPECT_EQ(header(r, "Content-Type"), "application/json; charset=utf-8");
  EXPECT_EQ(boost::json::parse(r.output),
            (value{{"version", "1.0"},
                   {"msgType", "CASE_REPLY"},
                   {"caseNo", "ZWFW20261120000123"},
                   {"replyId", "01a1f78e-e758-7d41-9b8a-5e2f1c0d9a11"},
                   {"replyType", "BJ"},
                   {"replyTypeName", "已办结"},
                   {"replyTime", "2026-11-27 16:20:00"},
                   {"replyContent", "经核实，窗口已对相关工作人员进行批评教育，您的不动产转移登记已于11月27日办结。"},
                   {"replyUnit", "重庆市人民政府办公厅"},
                   {"cityCaseId", "01a1f693-59ae-7d1c-9a3b-4f0e2c1d8b57"}}));
}

TEST(GovServiceReply, EveryEventTypeWithACounterpartHasItsReplyType) {
  platform_host host;
  const std::tuple<const char*, const char*, const char*> expected[] = {
      {"acknowledged", "SL", "已受理"}, {"not_accepted", "BSL", "不予受理"}, {"dispatched", "ZB", "已转办"},
      {"in_progress", "BLZ", "办理中"}, {"extended", "YQ", "已延期"},         {"resolved", "BJ", "已办结"},
      {"reopened", "CB", "重新办理"},   {"closed", "GD", "已归档"}};
  for (const auto& [type, code, label] : expected) {
    const call_result r = encode(host, event(type));
    ASSERT_EQ(r.status, CASEGW_OK) << type << ": " << r.message;
    const value body = boost::json::parse(r.output);
    EXPECT_EQ(body.at("replyType"), code) << type;
    EXPECT_EQ(body.at("replyTypeName"), label) << type;
  }
}

TEST(GovServiceReply, EvaluatedHasNoReplyBecauseThePlatformRatesItself) {
  platform_host host;
  const call_result r = encode(host, event("evaluated"));
  EXPECT_EQ(r.status, CASEGW_REJECTED);
  EXPECT_EQ(r.code, "INVALID_FIELD");
  EXPECT_EQ(r.field, "type");
  EXPECT_NE(r.message.find("好差评"), std::string::npos) << r.message;
  EXPECT_TRUE(r.method.empty());  // nothing half-written to the sink
  EXPECT_TRUE(r.output.empty());
}

TEST(GovServiceReply, RefusalsExtensionsAndAnswersNeedText) {
  platform_host host;
  for (const char* type : {"not_accepted", "extended", "resolved"}) {
    object e = event(type);
    e.erase("status_text");
    const call_result r = encode(host, e);
    EXPECT_EQ(r.code, "MISSING_FIELD") << type;
    EXPECT_EQ(r.field, "status_text") << type;
    EXPECT_TRUE(r.method.empty()) << type;
  }
  for (const char* type : {"acknowledged", "dispatched", "in_progress", "reopened", "closed"}) {
    object e = event(type);
    e.erase("status_text");
    e.erase("case_id");
    const call_result r = encode(host, e);
    ASSERT_EQ(r.status, CASEGW_OK) << type;
    const object body = boost::json::parse(r.output).as_object();
    EXPECT_FALSE(body.contains("replyContent")) << type;
    EXPECT_FALSE(body.contains("cityCaseId")) << type;
  }
}

TEST(GovServiceReply, TimesAreWrittenInBeijingWhateverTheEventsOffset) {
  platform_host host;
  const std::pair<const char*, const char*> times[] = {
      {"2026-11-27T08:20:00Z", "2026-11-27 16:20:00"},
      {"2026-11-27T08:20:00.999Z", "2026-11-27 16:20:00"},  // the platform's form has no fraction
      {"2026-11-27T16:20:00+08:00", "2026-11-27 16:20:00"},
      {"2026-12-31T20:30:00-05:00", "2027-01-01 09:30:00"},  // across a year end
      {"2028-02-28T17:00:00+00:00", "2028-02-29 01:00:00"},  // into a leap day
      {"2026-11-27T00:10:00+09:00", "2026-11-26 23:10:00"},  // back across midnight
  };
  for (const auto& [occurred_at, reply_time] : times) {
    const call_result r = encode(host, edited(event("dispatched"), "occurred_at", occurred_at));
    ASSERT_EQ(r.status, CASEGW_OK) << occurred_at << ": " << r.message;
    EXPECT_EQ(boost::json::parse(r.output).at("replyTime"), reply_time) << occurred_at;
  }
}

TEST(GovServiceReply, ReplyPathAndUnitAreSettings) {
  platform_host host({{"reply_path", "/gateway/zwfw/v2/answers"}, {"reply_unit", "重庆市大足区人民政府办公室"}});
  const call_result r = encode(host, event("acknowledged"));
  ASSERT_EQ(r.status, CASEGW_OK);
  EXPECT_EQ(r.path, "/gateway/zwfw/v2/answers");
  EXPECT_EQ(boost::json::parse(r.output).at("replyUnit"), "重庆市大足区人民政府办公室");
}

TEST(GovServiceReply, BadEventsAreRefusedNamingTheirField) {
  platform_host host;
  struct bad {
    const char* key;
    value replacement;  // null: removed
    const char* code;
  };
  const bad events[] = {
      {"schema", "casegw.event/v2", "UNSUPPORTED_VERSION"},
      {"event_id", nullptr, "MISSING_FIELD"},
      {"channel_case_ref", nullptr, "MISSING_FIELD"},
      {"type", nullptr, "MISSING_FIELD"},
      {"type", "signed_for", "INVALID_FIELD"},
      {"type", 3, "WRONG_TYPE"},
      {"occurred_at", "2026-11-27 16:20:00", "INVALID_DATE"},
      {"occurred_at", "2026-02-30T16:20:00+08:00", "INVALID_DATE"},
      {"occurred_at", nullptr, "MISSING_FIELD"},
      {"status_text", value{{"zh", "答复"}}, "WRONG_TYPE"},
  };
  for (const auto& [key, replacement, code] : events) {
    object e = event("resolved");
    if (replacement.is_null()) e.erase(key); else e[key] = replacement;
    const call_result r = encode(host, e);
    EXPECT_EQ(r.code, code) << key;
    EXPECT_EQ(r.field, key) << key;
    EXPECT_TRUE(r.method.empty()) << key;
  }
  EXPECT_EQ(host.encode_event("not json").code, "MALFORMED_BODY");
  EXPECT_EQ(host.encode_event("[]").code, "MALFORMED_BODY");
  EXPECT_EQ(host.encode_event(R"({"schema":"casegw.event/v1","type":"resolved","type":"closed"})").code, "DUPLICATE_FIELD");
}

}  // namespace
}  // namespace casegw::gov_service_platform::testing
