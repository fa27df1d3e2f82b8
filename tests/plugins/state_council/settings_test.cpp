// The channel's settings: the descriptor declares them with defaults, each changes what it
// says, and values that make no sense stop the instance from being created.
#include "council_fixture.hpp"

#include <cstring>

namespace casegw::state_council::testing {
namespace {

using boost::json::value;

TEST(StateCouncilSettings, DescriptorDeclaresAPulledJsonChannelWithDefaultedSettings) {
  council_host host;
  const casegw_plugin& d = host.descriptor();
  EXPECT_STREQ(d.name, "state_council");
  EXPECT_NE(d.build_poll, nullptr);
  EXPECT_NE(d.read_poll, nullptr);
  ASSERT_EQ(d.media_type_count, 1u);
  EXPECT_STREQ(d.media_types[0], "application/json");
  ASSERT_EQ(d.charset_count, 1u);
  EXPECT_STREQ(d.charsets[0], "utf-8");
  ASSERT_EQ(d.field_count, 7u);
  for (std::size_t i = 0; i < d.field_count; ++i) {
    EXPECT_NE(d.fields[i].default_value, nullptr) << d.fields[i].name;
    EXPECT_EQ(d.fields[i].flags, 0u) << d.fields[i].name;  // nothing required, nothing secret
    EXPECT_GT(std::strlen(d.fields[i].description), 40u) << d.fields[i].name;
  }
}

TEST(StateCouncilSettings, ClockStartsAtHandoverByDefault) {
  council_host host;
  EXPECT_EQ(decoded_case(host, read_sample("handover-complaint.json")).at("submitted_at"), "2026-11-20T10:15:00+08:00");
}

TEST(StateCouncilSettings, ClockCanStartAtTheCitizensSubmission) {
  council_host host({{"clock_starts_at", "submission"}});
  EXPECT_EQ(decoded_case(host, read_sample("handover-complaint.json")).at("submitted_at"), "2026-11-18T21:42:10+08:00");
  // Then the citizen's time is required: the item without it cannot start a clock.
  expect_rejected(decode(host, read_sample("verification-help-anonymous.json")), "MISSING_FIELD", "basic.reportedAt");
}

TEST(StateCouncilSettings, JurisdictionLimitsWhereItemsMayBe) {
  council_host dazu({{"jurisdiction_code", "500111"}});
  EXPECT_EQ(decode(dazu, read_sample("handover-complaint.json")).status, CASEGW_OK);  // 大足区
  expect_rejected(decode(dazu, read_sample("supervision-report-enterprise.json")),  // 渝北区
                  "INVALID_REGION_CODE", "clue.location.region.county.code");

  council_host districts({{"jurisdiction_code", "500100"}});  // the districts of Chongqing, not its counties
  EXPECT_EQ(decode(districts, read_sample("handover-complaint.json")).status, CASEGW_OK);
  expect_rejected(decode(districts, read_sample("rehandover-suggestion.json")),  // 云阳县 500235
                  "INVALID_REGION_CODE", "clue.location.region.town.code");

  council_host sichuan({{"jurisdiction_code", "510000"}});
  EXPECT_EQ(decode(sichuan, read_sample("invalid-outside-jurisdiction.json")).status, CASEGW_OK);
}

TEST(StateCouncilSettings, PathsAndPageSizeShapeThePollAndTheFeedback) {
  council_host host({{"items_path", "/gateway/ducha/v2/items"},
                     {"feedback_path_prefix", "/gateway/ducha/v2/feedback"},
                     {"page_size", "500"}});
  EXPECT_EQ(host.build_poll("").path, "/gateway/ducha/v2/items?limit=500");
  const auto r = host.encode_event(R"({"schema":"casegw.event/v1","event_id":"e-1","channel_case_ref":"GWYDC1",
      "type":"acknowledged","occurred_at":"2026-11-20T11:00:00+08:00"})");
  EXPECT_EQ(r.path, "/gateway/ducha/v2/feedback/GWYDC1/feedback");
}

struct bad_setting {
  const char* key;
  const char* value;
};
void PrintTo(const bad_setting& s, std::ostream* os) { *os << s.key << "=" << s.value; }

class StateCouncilBadSetting : public ::testing::TestWithParam<bad_setting> {};

TEST_P(StateCouncilBadSetting, RefusesToCreateNamingTheSetting) {
  const auto [key, setting_value] = GetParam();
  try {
    council_host host({{key, setting_value}});
    FAIL() << "created with " << key << "=" << setting_value;
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(key), std::string::npos) << e.what();
  }
}

INSTANTIATE_TEST_SUITE_P(Values, StateCouncilBadSetting,
                         ::testing::Values(bad_setting{"page_size", "0"}, bad_setting{"page_size", "501"},
                                           bad_setting{"items_path", "api/v2/handover/items"},
                                           bad_setting{"items_path", "/api/v2/handover/items/"},
                                           bad_setting{"items_path", "/api/v2/items?receiver=500000"},
                                           bad_setting{"feedback_path_prefix", "/api/v2/hand over"},
                                           bad_setting{"feedback_path_prefix", "/"},
                                           bad_setting{"start_cursor", "c 1"},
                                           bad_setting{"start_cursor", "游标"},
                                           bad_setting{"start_time", "2026-11-01"},
                                           bad_setting{"start_time", "2026-11-01T00:00:00"},
                                           bad_setting{"clock_starts_at", "reported"},
                                           bad_setting{"jurisdiction_code", "50"},
                                           bad_setting{"jurisdiction_code", "500111001"},
                                           bad_setting{"jurisdiction_code", "chongqing"}));

TEST(StateCouncilSettings, StartCursorAndStartTimeExcludeEachOther) {
  try {
    council_host host({{"start_cursor", "c1"}, {"start_time", "2026-11-01T00:00:00+08:00"}});
    FAIL() << "created with both starting points";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("start_cursor, start_time"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace casegw::state_council::testing
