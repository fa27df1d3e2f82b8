// The channel's settings: declared defaults apply, each setting changes what it says, and
// nonsense values stop the instance from being created.
#include "ykb_fixture.hpp"

#include <cstring>

namespace casegw::yukuaiban::testing {
namespace {

using boost::json::value;

std::string with_materials(std::size_t count) {
  value payload = sample_json("complaint-wechat-mini.json");
  auto& materials = payload.at_pointer("/data/materials").as_array();
  const value first = materials.at(0);
  materials.clear();
  for (std::size_t i = 0; i < count; ++i) materials.push_back(first);
  return boost::json::serialize(payload);
}

TEST(YukuaibanSettings, DescriptorDeclaresTheChannelAndEverySetting) {
  ykb_host host;
  const casegw_plugin& d = host.descriptor();
  EXPECT_STREQ(d.name, "yukuaiban");
  ASSERT_EQ(d.media_type_count, 1u);
  EXPECT_STREQ(d.media_types[0], "application/json");
  ASSERT_EQ(d.charset_count, 1u);
  EXPECT_STREQ(d.charsets[0], "utf-8");
  ASSERT_EQ(d.field_count, 3u);
  for (std::size_t i = 0; i < d.field_count; ++i) {
    EXPECT_EQ(d.fields[i].flags, 0u) << d.fields[i].name;  // nothing required, nothing secret
    EXPECT_GT(std::strlen(d.fields[i].description), 40u) << d.fields[i].name;
  }
  EXPECT_STREQ(d.fields[1].name, "app_id");
  EXPECT_EQ(d.fields[1].default_value, nullptr);  // unset: any appId
  EXPECT_NE(d.encode_event, nullptr);
  EXPECT_EQ(d.build_poll, nullptr);  // pushed, never polled
}

TEST(YukuaibanSettings, DefaultAcceptsTwentyMaterialsAndNoMore) {
  ykb_host host;
  EXPECT_EQ(decode(host, with_materials(20)).status, CASEGW_OK);
  expect_rejected(decode(host, with_materials(21)), "INVALID_FIELD", "data.materials");
}

TEST(YukuaibanSettings, MaxMaterialsLimitsTheCountAndZeroRefusesAny) {
  ykb_host three({{"max_materials", "3"}});
  EXPECT_EQ(decode(three, with_materials(3)).status, CASEGW_OK);
  expect_rejected(decode(three, with_materials(4)), "INVALID_FIELD", "data.materials");

  ykb_host none({{"max_materials", "0"}});
  expect_rejected(decode(none, with_materials(1)), "INVALID_FIELD", "data.materials");
  EXPECT_EQ(decode(none, with_materials(0)).status, CASEGW_OK);  // an empty list is none
  EXPECT_EQ(decode(none, read_sample("consultation-app.json")).status, CASEGW_OK);
}

TEST(YukuaibanSettings, AppIdWhenSetMustMatchMetaAppId) {
  ykb_host any;
  EXPECT_EQ(decode(any, with(sample_json("consultation-app.json"), "meta.appId", "cqykb-test")).status, CASEGW_OK);

  ykb_host prod({{"app_id", "cqykb-prod"}});
  EXPECT_EQ(decode(prod, read_sample("consultation-app.json")).status, CASEGW_OK);
  expect_rejected(decode(prod, with(sample_json("consultation-app.json"), "meta.appId", "cqykb-test")), "INVALID_FIELD",
                  "meta.appId");
  // Checked for rating messages too, before anything else of theirs.
  expect_rejected(decode(prod, with(sample_json("evaluation-haochaping.json"), "meta.appId", "cqykb-test")),
                  "INVALID_FIELD", "meta.appId");
}

TEST(YukuaibanSettings, ProgressPathIsWhereProgressGoes) {
  ykb_host host({{"progress_path", "/gateway/ykb/v2/progress"}});
  const auto r = host.encode_event(R"({"schema":"casegw.event/v1","event_id":"e-1","channel_case_ref":"YKB1",)"
                                   R"("type":"acknowledged","occurred_at":"2026-11-20T10:00:00+08:00"})");
  ASSERT_EQ(r.status, CASEGW_OK) << r.message;
  EXPECT_EQ(r.path, "/gateway/ykb/v2/progress");
}

struct bad_setting {
  const char* key;
  const char* value;
};
void PrintTo(const bad_setting& s, std::ostream* os) { *os << s.key << "=" << s.value; }

class YukuaibanBadSetting : public ::testing::TestWithParam<bad_setting> {};

TEST_P(YukuaibanBadSetting, RefusesToCreateNamingTheSetting) {
  const auto [key, setting_value] = GetParam();
  try {
    ykb_host host({{key, setting_value}});
    FAIL() << "created with " << key << "=" << setting_value;
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(key), std::string::npos) << e.what();
  }
}

INSTANTIATE_TEST_SUITE_P(Values, YukuaibanBadSetting,
                         ::testing::Values(bad_setting{"max_materials", "51"}, bad_setting{"max_materials", "-1"},
                                           bad_setting{"app_id", "cqykb prod"}, bad_setting{"app_id", "渝快办"},
                                           bad_setting{"progress_path", "ykb/progress"},
                                           bad_setting{"progress_path", "/ykb/progress?x=1"},
                                           bad_setting{"progress_path", "/ykb//progress"},
                                           bad_setting{"progress_path", "/"},
                                           bad_setting{"progress_path", "/ykb/pro gress"}));

}  // namespace
}  // namespace casegw::yukuaiban::testing
