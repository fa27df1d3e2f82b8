// The channel's settings: declared defaults apply, each setting changes what it says, and
// nonsense values stop the instance from being created.
#include "sample_payloads.hpp"

#include <cstring>

namespace casegw::city_portal::testing {
namespace {

using boost::json::value;

std::string with_attachments(std::size_t count) {
  value payload = sample_json("complaint-wechat.json");
  auto& attachments = payload.at("submission").at("attachments").as_array();
  const value first = attachments.at(0);
  attachments.clear();
  for (std::size_t i = 0; i < count; ++i) attachments.push_back(first);
  return boost::json::serialize(payload);
}

TEST(CityPortalSettings, DescriptorDeclaresEverySettingWithADefault) {
  portal_host host;
  const casegw_plugin& d = host.descriptor();
  EXPECT_STREQ(d.name, "city_portal");
  ASSERT_EQ(d.media_type_count, 1u);
  EXPECT_STREQ(d.media_types[0], "application/json");
  ASSERT_EQ(d.charset_count, 1u);
  EXPECT_STREQ(d.charsets[0], "utf-8");
  ASSERT_EQ(d.field_count, 5u);
  for (std::size_t i = 0; i < d.field_count; ++i) {
    EXPECT_NE(d.fields[i].default_value, nullptr) << d.fields[i].name;
    EXPECT_EQ(d.fields[i].flags & CASEGW_FIELD_REQUIRED, 0u) << d.fields[i].name;
    EXPECT_GT(std::strlen(d.fields[i].description), 20u) << d.fields[i].name;
  }
}

TEST(CityPortalSettings, DefaultAcceptsTwentyAttachmentsAndNoMore) {
  portal_host host;
  EXPECT_EQ(decode(host, with_attachments(20)).status, CASEGW_OK);
  const auto r = decode(host, with_attachments(21));
  EXPECT_EQ(r.status, CASEGW_REJECTED);
  EXPECT_EQ(r.code, "INVALID_FIELD");
  EXPECT_EQ(r.field, "submission.attachments");
}

TEST(CityPortalSettings, MaxAttachmentsLimitsTheCount) {
  portal_host host({{"max_attachments", "2"}});
  EXPECT_EQ(decode(host, with_attachments(2)).status, CASEGW_OK);
  EXPECT_EQ(decode(host, with_attachments(3)).field, "submission.attachments");
}

TEST(CityPortalSettings, MaxAttachmentsZeroRefusesAnyAttachment) {
  portal_host host({{"max_attachments", "0"}});
  EXPECT_EQ(decode(host, with_attachments(1)).status, CASEGW_REJECTED);
  EXPECT_EQ(decode(host, read_sample("anonymous-report-web.json")).status, CASEGW_OK);
}

TEST(CityPortalSettings, RegionCodeIsRequiredByDefault) {
  portal_host host;
  EXPECT_EQ(decode(host, without(sample_json("consultation-web.json"), "submission.location")).field,
            "submission.location");
}

TEST(CityPortalSettings, WithoutRequiredRegionTheFallbackIsFiled) {
  portal_host host({{"require_region_code", "false"}});
  const auto no_location = decoded_case(host, without(sample_json("consultation-web.json"), "submission.location"));
  EXPECT_EQ(no_location.at("location"), (value{{"region_code", "500000"}}));

  const auto address_only =
      decoded_case(host, without(sample_json("consultation-web.json"), "submission.location.regionCode"));
  EXPECT_EQ(address_only.at("location"), (value{{"region_code", "500000"}, {"address", "重庆市沙坪坝区小龙坎街道"}}));

  // A region code that is sent is still checked.
  EXPECT_EQ(decode(host, with(sample_json("consultation-web.json"), "submission.location.regionCode", "5001")).code,
            "INVALID_REGION_CODE");
}

TEST(CityPortalSettings, FallbackRegionCodeIsConfigurable) {
  portal_host host({{"require_region_code", "false"}, {"fallback_region_code", "500103"}});
  const auto c = decoded_case(host, without(sample_json("consultation-web.json"), "submission.location"));
  EXPECT_EQ(c.at("location").at("region_code"), "500103");
}

TEST(CityPortalSettings, DefaultSubChannelAppliesOnlyWhenNoneIsSent) {
  portal_host host({{"default_sub_channel", "wechat"}});
  EXPECT_EQ(decoded_case(host, read_sample("anonymous-report-web.json")).at("channel").at("sub_channel"), "wechat");
  EXPECT_EQ(decoded_case(host, read_sample("enterprise-complaint-app.json")).at("channel").at("sub_channel"), "app");
}

struct bad_setting {
  const char* key;
  const char* value;
};
void PrintTo(const bad_setting& s, std::ostream* os) { *os << s.key << "=" << s.value; }

class CityPortalBadSetting : public ::testing::TestWithParam<bad_setting> {};

TEST_P(CityPortalBadSetting, RefusesToCreateNamingTheSetting) {
  const auto [key, setting_value] = GetParam();
  try {
    portal_host host({{key, setting_value}});
    FAIL() << "created with " << key << "=" << setting_value;
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(key), std::string::npos) << e.what();
  }
}

INSTANTIATE_TEST_SUITE_P(Values, CityPortalBadSetting,
                         ::testing::Values(bad_setting{"max_attachments", "51"}, bad_setting{"max_attachments", "-1"},
                                           bad_setting{"fallback_region_code", "50"},
                                           bad_setting{"fallback_region_code", "chongqing"},
                                           bad_setting{"fallback_region_code", "990000"},
                                           bad_setting{"default_sub_channel", "weibo"},
                                           bad_setting{"progress_path_prefix", "api/v1"},
                                           bad_setting{"progress_path_prefix", "/api/v1/"},
                                           bad_setting{"progress_path_prefix", "/api?x=1"}));

// A host whose division data does not know a code: the fallback must be a real division, since
// every case without a region code is filed under it.
struct divisions_saying_no {
  std::map<std::string, std::string> strings = {{"fallback_region_code", "500199"},
                                                {"default_sub_channel", "web"},
                                                {"progress_path_prefix", "/api/v1/submissions"}};
  static divisions_saying_no& self(casegw_host_ctx* c) { return *reinterpret_cast<divisions_saying_no*>(c); }
  static int CASEGW_CALL string(casegw_host_ctx* c, const char* key, casegw_str_view* out) {
    const auto it = self(c).strings.find(key);
    if (it == self(c).strings.end()) return 0;
    *out = {it->second.data(), it->second.size()};
    return 1;
  }
  static int CASEGW_CALL integer(casegw_host_ctx*, const char*, std::int64_t* out) { *out = 20; return 1; }
  static int CASEGW_CALL boolean(casegw_host_ctx*, const char*, std::uint8_t* out) { *out = 1; return 1; }
  static int CASEGW_CALL known(casegw_host_ctx* c, casegw_str_view code) {
    return std::string_view(code.data, code.size) == self(c).strings.at("fallback_region_code") ? 0 : 1;
  }
};

TEST(CityPortalSettings, AFallbackRegionCodeOutsideTheDivisionDataStopsTheInstance) {
  divisions_saying_no data;
  casegw_host_api api{};
  api.struct_size = sizeof api;
  api.setting_string = &divisions_saying_no::string;
  api.setting_int = &divisions_saying_no::integer;
  api.setting_bool = &divisions_saying_no::boolean;
  api.division_known = &divisions_saying_no::known;
  const sdk::host host(&api, reinterpret_cast<casegw_host_ctx*>(&data));
  try {
    city_portal_adapter adapter(host);
    FAIL() << "created with an unknown fallback region code";
  } catch (const sdk::config_error& e) {
    EXPECT_EQ(std::string(e.what()), "fallback_region_code: not in the gateway's division data (config/divisions)");
  }
  api.division_known = [](casegw_host_ctx*, casegw_str_view) { return 1; };  // the same code, now known
  EXPECT_NO_THROW(city_portal_adapter{host});
}

}  // namespace
}  // namespace casegw::city_portal::testing
