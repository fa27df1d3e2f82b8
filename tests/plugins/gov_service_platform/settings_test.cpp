// The descriptor and the channel's settings: declared defaults apply, each setting does what
// the documentation says, and a nonsense value stops the instance from being created.
#include "platform_fixture.hpp"

#include <cstring>

namespace casegw::gov_service_platform::testing {
namespace {

using boost::json::value;

std::string complaint_with_attachments(std::size_t count) {
  boost::json::array urls;
  for (std::size_t i = 0; i < count; ++i) urls.emplace_back("https://file.zwfw.example/att/" + std::to_string(i) + ".jpg");
  return with(sample("complaint-zwfw.json"), "attachments", std::move(urls));
}

TEST(GovServiceSettings, DescriptorDeclaresJsonInUtf8AndEverySettingWithADefault) {
  platform_host host;
  const casegw_plugin& d = host.descriptor();
  EXPECT_STREQ(d.name, "gov_service_platform");
  ASSERT_EQ(d.media_type_count, 1u);
  EXPECT_STREQ(d.media_types[0], "application/json");
  ASSERT_EQ(d.charset_count, 1u);
  EXPECT_STREQ(d.charsets[0], "utf-8");
  EXPECT_NE(d.encode_event, nullptr);
  EXPECT_EQ(d.build_poll, nullptr);  // pushed, not pulled
  ASSERT_EQ(d.field_count, 4u);
  const char* names[] = {"max_attachments", "region_prefix", "reply_path", "reply_unit"};
  for (std::size_t i = 0; i < d.field_count; ++i) {
    EXPECT_STREQ(d.fields[i].name, names[i]);
    EXPECT_NE(d.fields[i].default_value, nullptr) << names[i];
    EXPECT_EQ(d.fields[i].flags, 0u) << names[i];
    EXPECT_GT(std::strlen(d.fields[i].description), 30u) << names[i];
  }
}

TEST(GovServiceSettings, TwentyAttachmentsByDefaultAndNoMore) {
  platform_host host;
  EXPECT_EQ(decode(host, complaint_with_attachments(20)).status, CASEGW_OK);
  expect_refusal(decode(host, complaint_with_attachments(21)), "INVALID_FIELD", "attachments");
}

TEST(GovServiceSettings, MaxAttachmentsSetsTheLimit) {
  platform_host two({{"max_attachments", "2"}});
  EXPECT_EQ(decoded(two, complaint_with_attachments(2)).at("attachments").as_array().size(), 2u);
  expect_refusal(decode(two, complaint_with_attachments(3)), "INVALID_FIELD", "attachments");

  platform_host none({{"max_attachments", "0"}});
  expect_refusal(decode(none, complaint_with_attachments(1)), "INVALID_FIELD", "attachments");
  EXPECT_EQ(decode(none, sample_text("praise-govcn.json")).status, CASEGW_OK);  // lists none
}

TEST(GovServiceSettings, RegionPrefixNarrowsOrOpensTheServedArea) {
  platform_host dazu({{"region_prefix", "500111"}});
  EXPECT_EQ(decode(dazu, sample_text("complaint-zwfw.json")).status, CASEGW_OK);  // 500111001001
  expect_refusal(decode(dazu, sample_text("help-zwfw-enterprise.json")), "INVALID_REGION_CODE", "areaCode");  // 500112002

  platform_host anywhere({{"region_prefix", ""}});
  anywhere.known_divisions({"110101"});
  EXPECT_EQ(decoded(anywhere, with(sample("complaint-zwfw.json"), "areaCode", "110101")).at("location").at("region_code"),
            "110101");
}

TEST(GovServiceSettings, NonsenseValuesRefuseToCreateNamingTheSetting) {
  const std::pair<const char*, const char*> bad[] = {
      {"max_attachments", "51"}, {"max_attachments", "-1"},     {"region_prefix", "cq"},
      {"region_prefix", "5001110010011"},                       {"reply_path", "api/v1/reply"},
      {"reply_path", "/api/v1/reply?token=x"},                  {"reply_path", "/api/v1/reply path"},
      {"reply_path", "/"},       {"reply_unit", " "},
  };
  for (const auto& [key, setting] : bad) {
    try {
      platform_host host({{key, setting}});
      ADD_FAILURE() << "created with " << key << "=" << setting;
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find(key), std::string::npos) << e.what();
    }
  }
}

TEST(GovServiceSettings, LongestReplyUnitIsAHundredCharacters) {
  std::string unit;
  for (int i = 0; i < 100; ++i) unit += "办";
  EXPECT_NO_THROW(platform_host({{"reply_unit", unit}}));
  EXPECT_THROW(platform_host({{"reply_unit", unit + "办"}}), std::runtime_error);
}

}  // namespace
}  // namespace casegw::gov_service_platform::testing
