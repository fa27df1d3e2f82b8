// encode_event(): a workflow event becomes the portal's progress request, described for the
// gateway to send; events the portal has no status for are refused, not approximated.
#include "district_portal_testing.hpp"
#include "progress_encoding.hpp"

namespace district_portal::testing {
namespace {

using boost::json::object;
using boost::json::value;

object dispatched_event() {
  return boost::json::parse(R"({
    "schema": "casegw.event/v1",
    "event_id": "01a1f78e-e758-7d41-9b8a-5e2f1c0d9a11",
    "case_id": "01a1f693-59ae-7d1c-9a3b-4f0e2c1d8b57",
    "channel_case_ref": "YB20261120-000123",
    "type": "dispatched",
    "occurred_at": "2026-11-21T10:05:00+08:00",
    "status_text": "已转渝北区城市管理局办理"
  })").as_object();
}

call_result encode(host& h, const object& event) { return h.encode_event(boost::json::serialize(event)); }

std::string header(const call_result& r, const std::string& name) {
  for (const auto& [n, v] : r.headers)
    if (n == name) return v;
  return "<absent>";
}

TEST(DistrictPortalProgress, DispatchedEventBecomesAnAssignedProgressPost) {
  host h;
  const call_result r = encode(h, dispatched_event());
  ASSERT_EQ(r.status, CASEGW_OK) << r.code << " " << r.field << ": " << r.message;
  EXPECT_EQ(r.method, "POST");
  EXPECT_EQ(r.path, "/open/v1/progress");
  EXPECT_EQ(header(r, "Content-Type"), "application/json; charset=utf-8");
  EXPECT_EQ(header(r, "Idempotency-Key"), "01a1f78e-e758-7d41-9b8a-5e2f1c0d9a11");
  EXPECT_EQ(header(r, "Authorization"), "<absent>");
  EXPECT_EQ(boost::json::parse(r.output), boost::json::parse(R"({
    "ticketNo": "YB20261120-000123", "eventId": "01a1f78e-e758-7d41-9b8a-5e2f1c0d9a11",
    "status": "ASSIGNED", "time": "2026-11-21T10:05:00+08:00", "remark": "已转渝北区城市管理局办理"})"));
}

TEST(DistrictPortalProgress, ConfiguredPathAndTokenAreUsed) {
  host h({{"progress_path", "/gateway/v2/progress"}, {"progress_token", "dGhlLXRva2Vu"}});
  const call_result r = encode(h, dispatched_event());
  ASSERT_EQ(r.status, CASEGW_OK) << r.message;
  EXPECT_EQ(r.path, "/gateway/v2/progress");
  EXPECT_EQ(header(r, "Authorization"), "Bearer dGhlLXRva2Vu");
}

TEST(DistrictPortalProgress, EveryEventTypeThePortalKnowsHasItsStatus) {
  const std::pair<const char*, const char*> table[] = {
      {"acknowledged", "ACCEPTED"}, {"not_accepted", "REJECTED"}, {"dispatched", "ASSIGNED"},
      {"in_progress", "PROCESSING"}, {"extended", "EXTENDED"},    {"resolved", "FINISHED"},
      {"closed", "CLOSED"}};
  host h;
  for (const auto& [type, status] : table) {
    object event = dispatched_event();
    event["type"] = type;
    const call_result r = encode(h, event);
    ASSERT_EQ(r.status, CASEGW_OK) << type << ": " << r.message;
    EXPECT_EQ(boost::json::parse(r.output).at("status"), status) << type;
  }
}

TEST(DistrictPortalProgress, EventsWithoutAPortalStatusAreRefusedNotApproximated) {
  host h;
  for (const char* type : {"evaluated", "reopened", "escalated"}) {
    object event = dispatched_event();
    event["type"] = type;
    const call_result r = encode(h, event);
    EXPECT_EQ(r.status, CASEGW_REJECTED) << type;
    EXPECT_EQ(r.code, "INVALID_FIELD") << type;
    EXPECT_EQ(r.field, "type") << type;
    EXPECT_TRUE(r.output.empty());
  }
}

TEST(DistrictPortalProgress, StatusTextIsOptional) {
  host h;
  object event = dispatched_event();
  event.erase("status_text");
  const call_result r = encode(h, event);
  ASSERT_EQ(r.status, CASEGW_OK) << r.message;
  EXPECT_FALSE(boost::json::parse(r.output).as_object().contains("remark"));
}

TEST(DistrictPortalProgress, MalformedEventsAreRefusedWithTheEventField) {
  host h;
  struct wrong {
    const char* key;
    value replacement;  // null: the member is removed
    const char* code;
  };
  const wrong cases[] = {
      {"schema", "casegw.event/v2", "UNSUPPORTED_VERSION"},
      {"event_id", nullptr, "MISSING_FIELD"},
      {"channel_case_ref", nullptr, "MISSING_FIELD"},
      {"type", 7, "WRONG_TYPE"},
      {"occurred_at", "2026-11-21 10:05:00", "INVALID_DATE"},
  };
  for (const auto& w : cases) {
    object event = dispatched_event();
    if (w.replacement.is_null()) {
      event.erase(w.key);
    } else {
      event[w.key] = w.replacement;
    }
    const call_result r = encode(h, event);
    EXPECT_EQ(r.status, CASEGW_REJECTED) << w.key;
    EXPECT_EQ(r.code, w.code) << w.key;
    EXPECT_EQ(r.field, w.key);
  }
  const call_result not_json = h.encode_event("event");
  EXPECT_EQ(not_json.code, "MALFORMED_BODY");
  const call_result twice = h.encode_event(R"({"schema": "casegw.event/v1", "type": "closed", "type": "resolved"})");
  EXPECT_EQ(twice.code, "DUPLICATE_FIELD");
  EXPECT_EQ(twice.field, "type");
}

TEST(DistrictPortalProgress, StatusTableRefusesWhatThePortalLacks) {
  EXPECT_EQ(status_for_event_type("resolved"), std::string_view("FINISHED"));
  EXPECT_FALSE(status_for_event_type("evaluated").has_value());
  EXPECT_FALSE(status_for_event_type("Resolved").has_value());
}

}  // namespace
}  // namespace district_portal::testing
