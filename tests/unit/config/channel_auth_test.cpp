// channels[].auth: every scheme's required keys, secrets only from files or the environment,
// and what each scheme refuses to be given.
#include "config/config_loader.hpp"

#include "config_test_directory.hpp"

#include <cstdlib>

namespace casegw::config {
namespace {

using testing::describe;
using testing::has_problem;

class channel_auth_test : public testing::config_test_directory {
 protected:
  // The channel starts on line 6; its auth: block on line 9, the block's first key on line 10.
  load_result load_auth(std::string_view auth, std::string_view intake_extra = "") {
    return load(std::string(R"(intake:
  tls: {certificate: ../var/tls/cert.pem, private_key: ../var/tls/key.pem)") + std::string(intake_extra) + R"(}
destinations:
  - {id: local, type: local, directory: ../var/delivered}
channels:
  - id: city_portal
    adapter: city_portal
    destinations: [local]
    auth:
)" + std::string(auth));
  }
};

TEST_F(channel_auth_test, HmacSecretsComeFromFilesAndTheEnvironment) {
  write("secrets/current", "current-secret-0123456789abcdef\n");
  ::setenv("CASEGW_TEST_NEXT_SECRET", "next-secret-0123456789abcdef", 1);
  const auto result = load_auth(R"(      scheme: hmac-sm3
      secrets: [{from_file: ../secrets/current}, {from_env: CASEGW_TEST_NEXT_SECRET}]
      window: 15m
)");
  ::unsetenv("CASEGW_TEST_NEXT_SECRET");
  ASSERT_TRUE(result.config) << describe(result);
  const auto& auth = result.config->channels[0].auth;
  EXPECT_EQ(auth.scheme, "hmac-sm3");
  ASSERT_EQ(auth.secrets.size(), 2u);
  EXPECT_EQ(auth.secrets[0], "current-secret-0123456789abcdef");
  EXPECT_EQ(auth.secrets[1], "next-secret-0123456789abcdef");
  EXPECT_EQ(auth.window, std::chrono::minutes(15));
}

TEST_F(channel_auth_test, AnInlineSecretIsRefusedWithoutBeingEchoed) {
  const auto result = load_auth(R"(      scheme: hmac-sha256
      secrets: [inline-secret-0123456789abcdef]
)");
  EXPECT_FALSE(result.config);
  EXPECT_TRUE(has_problem(result, 11, "channels[0].auth.secrets", "{from_file: PATH} or {from_env: NAME}")) << describe(result);
  EXPECT_EQ(describe(result).find("inline-secret"), std::string::npos);
}

TEST_F(channel_auth_test, ShortSecretsAreRefused) {
  write("secrets/short", "short\n");
  const auto result = load_auth(R"(      scheme: api-key
      secrets: [{from_file: ../secrets/short}]
)");
  EXPECT_TRUE(has_problem(result, 11, "channels[0].auth.secrets", "shorter than 16 bytes")) << describe(result);
}

TEST_F(channel_auth_test, EveryChannelMustChooseAScheme) {
  const auto result = load(std::string(testing::minimal_config).replace(
      std::string(testing::minimal_config).find(", auth: {scheme: none}"), 22, ""));
  EXPECT_TRUE(has_problem(result, 6, "channels[0].auth", "is required")) << describe(result);
}

TEST_F(channel_auth_test, Sm2NeedsAReadablePublicKeyAndKeepsTheDistinguishingId) {
  write("keys/platform.pem", "-----BEGIN PUBLIC KEY-----\n");
  const auto result = load_auth(R"(      scheme: sm2
      public_key: ../keys/platform.pem
      distinguishing_id: ""
)");
  ASSERT_TRUE(result.config) << describe(result);
  EXPECT_EQ(result.config->channels[0].auth.public_key_file, path("keys/platform.pem"));
  EXPECT_EQ(result.config->channels[0].auth.distinguishing_id, "");
  const auto missing = load_auth("      scheme: sm2\n");
  EXPECT_TRUE(has_problem(missing, 10, "channels[0].auth.public_key", "is required")) << describe(missing);
}

TEST_F(channel_auth_test, MutualTlsNeedsCertificateRulesAndTheListenersCas) {
  write("var/tls/clients-ca.pem", "-----BEGIN CERTIFICATE-----\n");
  const auto result = load_auth(R"(      scheme: mtls
      client_certificates:
        - {subject: "CN=yukuaiban-backend,O=Chongqing"}
        - {sha256: "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89"}
)", ", client_ca_file: ../var/tls/clients-ca.pem");
  ASSERT_TRUE(result.config) << describe(result);
  const auto& rules = result.config->channels[0].auth.client_certificates;
  ASSERT_EQ(rules.size(), 2u);
  EXPECT_EQ(rules[0].subject, "CN=yukuaiban-backend,O=Chongqing");
  EXPECT_EQ(rules[1].sha256, "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789");

  const auto without_cas = load_auth("      scheme: mtls\n      client_certificates: [{subject: CN=x}]\n");
  EXPECT_TRUE(has_problem(without_cas, 11, "channels[0].auth.client_certificates", "client_ca_file")) << describe(without_cas);
  const auto without_rules = load_auth("      scheme: mtls\n", ", client_ca_file: ../var/tls/cert.pem");
  EXPECT_TRUE(has_problem(without_rules, 10, "channels[0].auth.client_certificates", "is required")) << describe(without_rules);
}

TEST_F(channel_auth_test, KeysOfAnotherSchemeAreMistakes) {
  const auto result = load_auth(R"(      scheme: mtls
      header: X-Key
      window: 10s
)");
  EXPECT_TRUE(has_problem(result, 11, "channels[0].auth.header", "only used by api-key")) << describe(result);
  EXPECT_TRUE(has_problem(result, 12, "channels[0].auth.window", "only used by the signed schemes")) << describe(result);
}

TEST_F(channel_auth_test, NoneIsOnlyForALoopbackListener) {
  EXPECT_TRUE(load_auth("      scheme: none\n").config);
  const auto exposed = load(R"(intake:
  address: 0.0.0.0
  tls: {certificate: ../var/tls/cert.pem, private_key: ../var/tls/key.pem}
destinations:
  - {id: local, type: local, directory: ../var/delivered}
channels:
  - {id: city_portal, adapter: city_portal, destinations: [local], auth: {scheme: none}}
)");
  EXPECT_TRUE(has_problem(exposed, 7, "channels[0].auth.scheme", "loopback")) << describe(exposed);
}

TEST_F(channel_auth_test, AnUnknownSchemeListsTheKnownOnes) {
  const auto result = load_auth("      scheme: hmac-md5\n");
  EXPECT_TRUE(has_problem(result, 10, "channels[0].auth.scheme", "hmac-sha256")) << describe(result);
}

}  // namespace
}  // namespace casegw::config
