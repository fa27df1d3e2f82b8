// sdk/json/event_reader.hpp: a casegw.event/v1 event read the same way for every adapter.
#include <casegw/sdk/json/event_reader.hpp>
#include "rejection_of.hpp"

#include <boost/json/serialize.hpp>

#include <gtest/gtest.h>

namespace casegw::sdk::json {
namespace {

boost::json::object event() {
  return {{"schema", "casegw.event/v1"},
          {"event_id", "01a1f78e-e758-7d41-9b8a-5e2f1c0d9a11"},
          {"case_id", "01a1f693-59ae-7d1c-9a3b-4f0e2c1d8b57"},
          {"channel_case_ref", "CQDC20261120000481"},
          {"type", "dispatched"},
          {"occurred_at", "2026-11-20T14:05:00+08:00"},
          {"status_text", "已转渝中区住房城乡建委办理"}};
}

rejection refusal_of(const boost::json::object& e) {
  return rejection_of([&] { read_workflow_event(boost::json::serialize(e)); });
}

TEST(SdkWorkflowEvent, ReadsEveryMember) {
  const workflow_event e = read_workflow_event(boost::json::serialize(event()));
  EXPECT_EQ(e.event_id, "01a1f78e-e758-7d41-9b8a-5e2f1c0d9a11");
  EXPECT_EQ(e.case_id, "01a1f693-59ae-7d1c-9a3b-4f0e2c1d8b57");
  EXPECT_EQ(e.channel_case_ref, "CQDC20261120000481");
  EXPECT_EQ(e.type, "dispatched");
  EXPECT_EQ(e.occurred_at, "2026-11-20T14:05:00+08:00");
  EXPECT_EQ(e.status_text, "已转渝中区住房城乡建委办理");
}

TEST(SdkWorkflowEvent, OptionalMembersMayBeAbsentNullOrBlank) {
  for (const boost::json::value& absent : {boost::json::value(nullptr), boost::json::value(" ")}) {
    boost::json::object e = event();
    e["status_text"] = absent;
    e["case_id"] = absent;
    const workflow_event read = read_workflow_event(boost::json::serialize(e));
    EXPECT_EQ(read.status_text, std::nullopt);
    EXPECT_EQ(read.case_id, std::nullopt);
  }
  boost::json::object e = event();
  e.erase("status_text");
  EXPECT_EQ(read_workflow_event(boost::json::serialize(e)).status_text, std::nullopt);
}

TEST(SdkWorkflowEvent, EachProblemIsRefusedNamingTheMember) {
  EXPECT_EQ(rejection_of([] { read_workflow_event("[]"); }).code(), code::malformed_body);
  EXPECT_EQ(rejection_of([] { read_workflow_event(R"({"type": "a", "type": "b"})"); }).field(), "type");

  struct edit {
    const char* key;
    boost::json::value value;
    const char* code;
  };
  const edit edits[] = {
      {"schema", "casegw.event/v2", code::unsupported_version},
      {"schema", nullptr, code::missing_field},
      {"event_id", "", code::missing_field},
      {"event_id", 7, code::wrong_type},
      {"channel_case_ref", nullptr, code::missing_field},
      {"type", true, code::wrong_type},
      {"occurred_at", "2026-11-20 14:05:00", code::invalid_date},
      {"occurred_at", "2026-02-30T14:05:00+08:00", code::invalid_date},
      {"status_text", 1, code::wrong_type},
      {"case_id", boost::json::array{}, code::wrong_type},
  };
  for (const auto& [key, value, expected] : edits) {
    boost::json::object e = event();
    e[key] = value;
    const rejection r = refusal_of(e);
    EXPECT_EQ(r.code(), expected) << key;
    EXPECT_EQ(r.field(), key) << key;
  }
}

}  // namespace
}  // namespace casegw::sdk::json
