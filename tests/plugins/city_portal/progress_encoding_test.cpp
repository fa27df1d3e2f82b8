// encode_event: workflow events become the portal's progress updates.
#include "sample_payloads.hpp"

namespace casegw::city_portal::testing {
namespace {

using boost::json::object;
using boost::json::value;

std::string event(std::string_view type, std::string_view ref = "CQDC20261120000481") {
  return boost::json::serialize(value{{"schema", "casegw.event/v1"},
                                      {"event_id", "01a1f78e-e758-7d41-9b8a-5e2f1c0d9a11"},
                                      {"case_id", "01a1f693-59ae-7d1c-9a3b-4f0e2c1d8b57"},
                                      {"channel_case_ref", ref},
                                      {"type", type},
                                      {"occurred_at", "2026-11-20T14:05:00+08:00"},
                                      {"status_text", "已转渝中区住房城乡建委办理"}});
}

std::string header(const sdk::testing::call_result& r, std::string_view name) {
  for (const auto& [n, v] : r.headers)
    if (n == name) return v;
  return {};
}

TEST(CityPortalProgress, DispatchedBecomesATransferredProgressPost) {
  portal_host host;
  const auto r = host.encode_event(event("dispatched"));
  ASSERT_EQ(r.status, CASEGW_OK) << r.code << " " << r.message;
  EXPECT_EQ(r.method, "POST");
  EXPECT_EQ(r.path, "/api/v1/submissions/CQDC20261120000481/progress");
  EXPECT_EQ(header(r, "Content-Type"), "application/json; charset=utf-8");
  EXPECT_EQ(header(r, "Idempotency-Key"), "01a1f78e-e758-7d41-9b8a-5e2f1c0d9a11");
  EXPECT_EQ(boost::json::parse(r.output), (value{{"submissionNo", "CQDC20261120000481"},
                                                 {"progressId", "01a1f78e-e758-7d41-9b8a-5e2f1c0d9a11"},
                                                 {"stage", "transferred"},
                                                 {"stageName", "已转办"},
                                                 {"occurredAt", "2026-11-20T14:05:00+08:00"},
                                                 {"note", "已转渝中区住房城乡建委办理"},
                                                 {"caseId", "01a1f693-59ae-7d1c-9a3b-4f0e2c1d8b57"}}));
}

TEST(CityPortalProgress, EachKnownEventTypeHasItsStage) {
  portal_host host;
  const std::pair<const char*, const char*> expected[] = {
      {"acknowledged", "accepted"}, {"not_accepted", "not_accepted"}, {"in_progress", "handling"},
      {"extended", "extended"},     {"resolved", "completed"},        {"evaluated", "evaluated"},
      {"reopened", "reopened"},     {"closed", "archived"}};
  for (const auto& [type, stage] : expected) {
    const auto r = host.encode_event(event(type));
    ASSERT_EQ(r.status, CASEGW_OK) << type;
    EXPECT_EQ(boost::json::parse(r.output).at("stage"), stage) << type;
  }
}

TEST(CityPortalProgress, StatusTextAndCaseIdAreOptional) {
  portal_host host;
  value e = boost::json::parse(event("resolved"));
  e.as_object().erase("status_text");
  e.as_object().erase("case_id");
  const auto r = host.encode_event(boost::json::serialize(e));
  ASSERT_EQ(r.status, CASEGW_OK);
  const object body = boost::json::parse(r.output).as_object();
  EXPECT_FALSE(body.contains("note"));
  EXPECT_FALSE(body.contains("caseId"));
  EXPECT_EQ(body.at("stageName"), "已办结");
}

TEST(CityPortalProgress, PathPrefixSettingAndSegmentEncodingApply) {
  portal_host host({{"progress_path_prefix", "/gateway/hlwdc/v2/items"}});
  const auto r = host.encode_event(event("acknowledged", "CQ/2026:481"));
  ASSERT_EQ(r.status, CASEGW_OK);
  EXPECT_EQ(r.path, "/gateway/hlwdc/v2/items/CQ%2F2026%3A481/progress");
}

TEST(CityPortalProgress, UnknownEventTypeIsRejectedNamingType) {
  portal_host host;
  const auto r = host.encode_event(event("signed_for"));
  EXPECT_EQ(r.status, CASEGW_REJECTED);
  EXPECT_EQ(r.code, "INVALID_FIELD");
  EXPECT_EQ(r.field, "type");
  EXPECT_TRUE(r.method.empty());  // nothing half-written to the sink
}

TEST(CityPortalProgress, BadEventsAreRejectedWithTheirField) {
  portal_host host;
  const value good = boost::json::parse(event("resolved"));
  auto changed = [&](const char* key, value v) {
    value e = good;
    if (v.is_null()) e.as_object().erase(key); else e.as_object()[key] = std::move(v);
    return host.encode_event(boost::json::serialize(e));
  };
  EXPECT_EQ(changed("schema", "casegw.event/v2").code, "UNSUPPORTED_VERSION");
  EXPECT_EQ(changed("channel_case_ref", nullptr).field, "channel_case_ref");
  EXPECT_EQ(changed("event_id", nullptr).code, "MISSING_FIELD");
  EXPECT_EQ(changed("occurred_at", "2026-11-20 14:05").field, "occurred_at");
  EXPECT_EQ(changed("occurred_at", "2026-11-20T14:05:00").code, "INVALID_DATE");
  EXPECT_EQ(changed("occurred_at", "2026-02-30T14:05:00+08:00").code, "INVALID_DATE");
  EXPECT_EQ(changed("type", 3).code, "WRONG_TYPE");
  EXPECT_EQ(host.encode_event("not json").code, "MALFORMED_BODY");
  EXPECT_EQ(host.encode_event("[]").code, "MALFORMED_BODY");
  const auto duplicate = host.encode_event(R"({"schema":"casegw.event/v1","type":"resolved","type":"closed"})");
  EXPECT_EQ(duplicate.code, "DUPLICATE_FIELD");
  EXPECT_EQ(duplicate.field, "type");
}

}  // namespace
}  // namespace casegw::city_portal::testing
