// Settings: the descriptor declares them as the gateway validates them, defaults apply, and
// values the table cannot judge are refused at create() naming the setting, never its value.
#include "district_portal_testing.hpp"

#include <cstring>
#include <stdexcept>

namespace district_portal::testing {
namespace {

const casegw_config_field* declared(const casegw_plugin& d, const char* name) {
  for (std::size_t i = 0; i < d.field_count; ++i)
    if (std::strcmp(d.fields[i].name, name) == 0) return &d.fields[i];
  return nullptr;
}

// What create() said when it refused: fake_host turns the refusal into an exception.
std::string refusal(std::map<std::string, std::string> settings) {
  try {
    host h(std::move(settings));
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

TEST(DistrictPortalSettings, DescriptorDeclaresTheChannelAsTheGatewayLoadsIt) {
  host h;
  const casegw_plugin& d = h.descriptor();
  EXPECT_STREQ(d.name, "district_portal");
  EXPECT_EQ(d.abi_major, CASEGW_ABI_MAJOR);
  EXPECT_EQ(d.abi_minor, CASEGW_ABI_MINOR);
  ASSERT_EQ(d.media_type_count, 1u);
  EXPECT_STREQ(d.media_types[0], "application/json");
  ASSERT_EQ(d.charset_count, 3u);
  EXPECT_STREQ(d.charsets[0], "utf-8");
  EXPECT_STREQ(d.charsets[1], "gbk");
  EXPECT_STREQ(d.charsets[2], "gb18030");
  EXPECT_NE(d.encode_event, nullptr);
  EXPECT_EQ(d.build_poll, nullptr);  // a pushed channel, not a pulled one
  EXPECT_EQ(d.read_poll, nullptr);
}

TEST(DistrictPortalSettings, SettingsTableHasTypesDefaultsAndTheSecretFlag) {
  host h;
  const casegw_plugin& d = h.descriptor();
  EXPECT_EQ(d.field_count, 3u);
  const auto* anonymous = declared(d, "accept_anonymous");
  ASSERT_NE(anonymous, nullptr);
  EXPECT_EQ(anonymous->type, CASEGW_FIELD_BOOL);
  EXPECT_STREQ(anonymous->default_value, "true");
  const auto* path = declared(d, "progress_path");
  ASSERT_NE(path, nullptr);
  EXPECT_EQ(path->type, CASEGW_FIELD_STRING);
  EXPECT_STREQ(path->default_value, "/open/v1/progress");
  const auto* token = declared(d, "progress_token");
  ASSERT_NE(token, nullptr);
  EXPECT_EQ(token->flags & CASEGW_FIELD_SECRET, static_cast<std::uint32_t>(CASEGW_FIELD_SECRET));
  EXPECT_EQ(token->flags & CASEGW_FIELD_REQUIRED, 0u);
  EXPECT_EQ(token->default_value, nullptr);
}

TEST(DistrictPortalSettings, ProgressPathMustBeAnAbsolutePathWithoutQuery) {
  for (const char* path : {"open/v1/progress", "https://portal.example/open", "/open?x=1", "/open#top", "/a b", ""}) {
    const std::string why = refusal({{"progress_path", path}});
    EXPECT_NE(why.find("progress_path"), std::string::npos) << path << ": " << why;
  }
  EXPECT_EQ(refusal({{"progress_path", "/gateway/v2/tickets/progress"}}), "");
}

TEST(DistrictPortalSettings, MalformedTokenIsRefusedWithoutShowingIt) {
  const std::string why = refusal({{"progress_token", "\"s3cr3t token\""}});
  EXPECT_NE(why.find("progress_token"), std::string::npos) << why;
  EXPECT_EQ(why.find("s3cr3t"), std::string::npos) << why;
}

TEST(DistrictPortalSettings, ReadyLogLineDescribesTheSettingsButNotTheSecret) {
  host h({{"progress_token", "dGhlLXRva2Vu.s3cr3t"}, {"accept_anonymous", "false"}});
  ASSERT_EQ(h.logs().size(), 1u);
  const std::string& line = h.logs()[0].message;
  EXPECT_EQ(h.logs()[0].level, static_cast<casegw_log_level>(casegw::sdk::log_level::info));
  EXPECT_NE(line.find("anonymous submissions refused"), std::string::npos) << line;
  EXPECT_NE(line.find("with a bearer token"), std::string::npos) << line;
  EXPECT_EQ(line.find("s3cr3t"), std::string::npos) << line;
}

}  // namespace
}  // namespace district_portal::testing
