// Channel settings are free-form scalars, or references to where a secret lives.
#include "config/config_loader.hpp"

#include "config_test_directory.hpp"

#include <cstdlib>

namespace casegw::config {
namespace {

using channel_settings_test = testing::config_test_directory;
using testing::describe;
using testing::has_problem;

TEST_F(channel_settings_test, ScalarsAreKeptAsWrittenWithTheirLines) {
  // minimal_config writes the channel as a flow mapping; this one is a block mapping.
  const auto result = load(R"(intake:
  tls: {certificate: ../var/tls/cert.pem, private_key: ../var/tls/key.pem}
destinations:
  - {id: local, type: local, directory: ../var/delivered}
channels:
  - id: city_portal
    adapter: city_portal
    auth: {scheme: none}
    destinations: [local]
    settings:
      fallback_region_code: "500000"
      max_attachments: 20
      require_region_code: yes
)");
  ASSERT_TRUE(result.config) << describe(result);
  const auto& settings = result.config->channels[0].settings;
  EXPECT_EQ(settings.at("fallback_region_code").text, "500000");
  EXPECT_EQ(settings.at("max_attachments").text, "20");
  EXPECT_EQ(settings.at("require_region_code").text, "yes");
  EXPECT_EQ(settings.at("max_attachments").mark.line, 12);
  EXPECT_FALSE(settings.at("max_attachments").secret_source);
}

class secret_settings_test : public channel_settings_test {
 protected:
  // minimal_config's channel is a flow mapping; rewrite it as a block so settings can follow.
  load_result load_settings(std::string_view settings) {
    return load(R"(intake:
  tls: {certificate: ../var/tls/cert.pem, private_key: ../var/tls/key.pem}
destinations:
  - {id: local, type: local, directory: ../var/delivered}
channels:
  - id: city_portal
    adapter: city_portal
    auth: {scheme: none}
    destinations: [local]
    settings:
)" + std::string(settings));
  }
};

TEST_F(secret_settings_test, FromFileReadsTheFileWithoutItsTrailingNewline) {
  write("secrets/portal-key", "s3cret-key\n");
  write("secrets/crlf-key", "windows-key\r\n");
  write("secrets/two-newlines", "kept\n\n");
  const auto result = load_settings(R"(      signing_key: {from_file: ../secrets/portal-key}
      crlf_key: {from_file: ../secrets/crlf-key}
      padded: {from_file: ../secrets/two-newlines}
)");
  ASSERT_TRUE(result.config) << describe(result);
  const auto& settings = result.config->channels[0].settings;
  EXPECT_EQ(settings.at("signing_key").text, "s3cret-key");
  EXPECT_TRUE(settings.at("signing_key").secret_source);
  EXPECT_EQ(settings.at("signing_key").mark.line, 11);
  EXPECT_EQ(settings.at("crlf_key").text, "windows-key");
  EXPECT_EQ(settings.at("padded").text, "kept\n");
}

TEST_F(secret_settings_test, FromEnvReadsTheVariable) {
  ::setenv("CASEGW_TEST_PORTAL_KEY", "env-secret", 1);
  const auto result = load_settings("      signing_key: {from_env: CASEGW_TEST_PORTAL_KEY}\n");
  ::unsetenv("CASEGW_TEST_PORTAL_KEY");
  ASSERT_TRUE(result.config) << describe(result);
  EXPECT_EQ(result.config->channels[0].settings.at("signing_key").text, "env-secret");
  EXPECT_TRUE(result.config->channels[0].settings.at("signing_key").secret_source);
}

TEST_F(secret_settings_test, MissingFileAndVariableAreProblemsNamingThem) {
  ::unsetenv("CASEGW_TEST_UNSET_VARIABLE");
  const auto result = load_settings(R"(      signing_key: {from_file: ../secrets/absent}
      api_key: {from_env: CASEGW_TEST_UNSET_VARIABLE}
)");
  EXPECT_TRUE(has_problem(result, 11, "channels[0].settings.signing_key",
                          "from_file '" + path("secrets/absent") + "' does not exist"))
      << describe(result);
  EXPECT_TRUE(has_problem(result, 12, "channels[0].settings.api_key",
                          "from_env: the environment variable CASEGW_TEST_UNSET_VARIABLE is not set"))
      << describe(result);
}

TEST_F(secret_settings_test, OtherShapesAreRefused) {
  const auto result = load_settings(R"(      list: [a, b]
      two_sources: {from_file: a, from_env: B}
      wrong_source: {from_vault: kv/portal}
      empty:
)");
  EXPECT_TRUE(has_problem(result, 11, "channels[0].settings.list", "must be a single value, {from_file: PATH} or {from_env: NAME}"))
      << describe(result);
  EXPECT_TRUE(has_problem(result, 12, "channels[0].settings.two_sources", "must be a single value")) << describe(result);
  EXPECT_TRUE(has_problem(result, 13, "channels[0].settings.wrong_source", "must be a single value")) << describe(result);
  EXPECT_TRUE(has_problem(result, 14, "channels[0].settings.empty", "has no value")) << describe(result);
}

TEST_F(secret_settings_test, SecretsNeverAppearInProblems) {
  write("secrets/portal-key", "s3cret-key\n");
  ::setenv("CASEGW_TEST_PORTAL_KEY", "env-secret", 1);
  const auto result = load_settings(R"(      a: {from_file: ../secrets/portal-key}
      b: {from_env: CASEGW_TEST_PORTAL_KEY}
      a: {from_file: ../secrets/portal-key}
logging: {level: nope}
)");
  ::unsetenv("CASEGW_TEST_PORTAL_KEY");
  ASSERT_FALSE(result.problems.empty());
  EXPECT_TRUE(has_problem(result, 13, "channels[0].settings.a", "is given more than once")) << describe(result);
  for (const auto& p : result.problems) {
    EXPECT_EQ(p.to_string().find("s3cret"), std::string::npos);
    EXPECT_EQ(p.to_string().find("env-secret"), std::string::npos);
  }
}

}  // namespace
}  // namespace casegw::config
