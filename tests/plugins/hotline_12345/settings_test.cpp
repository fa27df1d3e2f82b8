// The channel's settings: what the descriptor declares, that each setting does what it says,
// and that nonsense stops the instance from being created, naming the setting.
#include "table_host.hpp"
#include "work_order_samples.hpp"

#include <cstring>

namespace casegw::hotline_12345::testing {
namespace {

std::string_view view_of(const char* text) { return text; }

TEST(HotlineSettings, DescriptorDeclaresTheChannel) {
  hotline_host host;
  const casegw_plugin& d = host.descriptor();
  EXPECT_STREQ(d.name, "hotline_12345");
  ASSERT_EQ(d.media_type_count, 2u);
  EXPECT_STREQ(d.media_types[0], "application/xml");
  EXPECT_STREQ(d.media_types[1], "text/xml");
  ASSERT_EQ(d.charset_count, 3u);
  EXPECT_STREQ(d.charsets[0], "utf-8");
  EXPECT_STREQ(d.charsets[1], "gbk");
  EXPECT_STREQ(d.charsets[2], "gb18030");
  EXPECT_NE(d.encode_event, nullptr);
  EXPECT_EQ(d.build_poll, nullptr);  // pushed, not pulled
}

TEST(HotlineSettings, EverySettingIsOptionalAndDescribed) {
  hotline_host host;
  const casegw_plugin& d = host.descriptor();
  ASSERT_EQ(d.field_count, 4u);
  for (std::size_t i = 0; i < d.field_count; ++i) {
    const casegw_config_field& f = d.fields[i];
    EXPECT_EQ(f.flags & CASEGW_FIELD_REQUIRED, 0u) << f.name;
    EXPECT_EQ(f.flags & CASEGW_FIELD_SECRET, 0u) << f.name;
    EXPECT_GT(std::strlen(f.description), 40u) << f.name;
  }
  EXPECT_EQ(view_of(d.fields[0].default_value), "/api/workorder/feedback");
  EXPECT_EQ(d.fields[1].default_value, nullptr);  // default_region_code: unset means "required"
  EXPECT_EQ(view_of(d.fields[2].default_value), "true");
  EXPECT_EQ(view_of(d.fields[3].default_value), "20000");
  EXPECT_EQ(d.fields[3].min, 1);
  EXPECT_EQ(d.fields[3].max, 20000);
}

TEST(HotlineSettings, MaxContentCharsLowersTheContentLimit) {
  hotline_host host({{"max_content_chars", "100"}});
  const std::string base = read_sample("help-sms.xml");
  EXPECT_EQ(decode(host, with_text(base, "content", std::string(100 * 3, 'a'))).status, CASEGW_REJECTED);
  std::string hundred;
  for (int i = 0; i < 100; ++i) hundred += "水";
  EXPECT_EQ(decode(host, with_text(base, "content", hundred)).status, CASEGW_OK);
  expect_rejected(decode(host, with_text(base, "content", hundred + "水")), {"FIELD_TOO_LONG", "workOrder.content"});
}

TEST(HotlineSettings, ReplyPathIsWhereFeedbackGoes) {
  hotline_host host({{"reply_path", "/gdxt/interface/feedback.do"}});
  const auto r = host.encode_event(R"({"schema":"casegw.event/v1","event_id":"e-1","channel_case_ref":"CQ12345-1",)"
                                   R"("type":"acknowledged","occurred_at":"2026-11-20T10:00:00+08:00"})");
  ASSERT_EQ(r.status, CASEGW_OK) << r.code << " " << r.message;
  EXPECT_EQ(r.path, "/gdxt/interface/feedback.do");
}

struct bad_setting {
  const char* key;
  const char* value;
};
void PrintTo(const bad_setting& s, std::ostream* os) { *os << s.key << "=" << s.value; }

class HotlineBadSetting : public ::testing::TestWithParam<bad_setting> {};

TEST_P(HotlineBadSetting, RefusesToCreateNamingTheSetting) {
  const auto [key, setting_value] = GetParam();
  try {
    hotline_host host({{key, setting_value}});
    FAIL() << "created with " << key << "=" << setting_value;
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(key), std::string::npos) << e.what();
  }
}

INSTANTIATE_TEST_SUITE_P(
    Values, HotlineBadSetting,
    ::testing::Values(bad_setting{"reply_path", "api/workorder/feedback"}, bad_setting{"reply_path", "/"},
                      bad_setting{"reply_path", "/api/feedback?token=x"}, bad_setting{"reply_path", "/api/feed back"},
                      bad_setting{"reply_path", "/api/#top"}, bad_setting{"reply_path", "/api/反馈"},
                      bad_setting{"default_region_code", "50000"}, bad_setting{"default_region_code", "chongqing"},
                      bad_setting{"default_region_code", "990000"}, bad_setting{"max_content_chars", "0"},
                      bad_setting{"max_content_chars", "20001"}));

TEST(HotlineSettings, ADefaultRegionTheDivisionListDoesNotKnowIsRefused) {
  // fake_host answers division_known only after create(); this host answers "unknown" at once.
  table_host unknown({{"default_region_code", "500199"}}, false);
  try {
    hotline_12345_adapter adapter(unknown.host());
    FAIL() << "created with an unknown default_region_code";
  } catch (const sdk::config_error& e) {
    EXPECT_NE(std::string(e.what()).find("default_region_code"), std::string::npos) << e.what();
  }
  table_host known({{"default_region_code", "500000"}}, true);
  EXPECT_NO_THROW(hotline_12345_adapter adapter(known.host()));
  // Without the setting the division list is not asked at all.
  table_host unset({}, false);
  EXPECT_NO_THROW(hotline_12345_adapter adapter(unset.host()));
}

}  // namespace
}  // namespace casegw::hotline_12345::testing
