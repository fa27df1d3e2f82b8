// channels[].pull: a pulled channel's platform (https only), its schedule, TLS and headers;
// defaults, limits, and secret header values that stay in their files.
#include "config/config_loader.hpp"

#include "config_test_directory.hpp"

namespace casegw::config {
namespace {

using testing::describe;
using testing::has_problem;

class pull_section_test : public testing::config_test_directory {
 protected:
  // The channel starts on line 6; its pull: block on line 10, the block's first key on line 11.
  load_result load_pull(std::string_view pull) {
    return load(std::string(R"(intake:
  tls: {certificate: ../var/tls/cert.pem, private_key: ../var/tls/key.pem}
destinations:
  - {id: local, type: local, directory: ../var/delivered}
channels:
  - id: state_council
    adapter: state_council
    destinations: [local]
    auth: {scheme: none}
    pull:
)") + std::string(pull));
  }
};

TEST_F(pull_section_test, DefaultsApplyWhenOnlyTheBaseUrlIsGiven) {
  const auto result = load_pull("      base_url: https://ducha.example.gov.cn/\n");
  ASSERT_TRUE(result.config) << describe(result);
  const auto& pull = result.config->channels[0].pull;
  ASSERT_TRUE(pull.has_value());
  EXPECT_EQ(pull->base_url, "https://ducha.example.gov.cn");  // the adapter's path starts with '/'
  EXPECT_EQ(pull->interval, std::chrono::minutes(5));
  EXPECT_EQ(pull->timeout, std::chrono::seconds(30));
  EXPECT_TRUE(pull->tls_verify);
  EXPECT_TRUE(pull->headers.empty());
  EXPECT_EQ(pull->mark.line, 11);  // where the block's value starts
}

TEST_F(pull_section_test, EveryKeyIsRead) {
  write("var/tls/ca.pem", "ca");
  write("var/tls/client.pem", "cert");
  write("var/tls/client.key", "key");
  write("secrets/ducha-token", "token-value-0123456789\n");
  const auto result = load_pull(R"(      base_url: https://127.0.0.1:8443/gateway
      interval: 90s
      timeout: 5s
      tls: {verify: true, ca_file: ../var/tls/ca.pem, client_certificate: ../var/tls/client.pem, client_key: ../var/tls/client.key}
      headers: {X-Receiver: "500000"}
      header_files: {X-Access-Token: ../secrets/ducha-token}
)");
  ASSERT_TRUE(result.config) << describe(result);
  const auto& pull = *result.config->channels[0].pull;
  EXPECT_EQ(pull.base_url, "https://127.0.0.1:8443/gateway");
  EXPECT_EQ(pull.interval, std::chrono::seconds(90));
  EXPECT_EQ(pull.timeout, std::chrono::seconds(5));
  EXPECT_EQ(pull.ca_file, path("var/tls/ca.pem"));
  EXPECT_EQ(pull.client_certificate_file, path("var/tls/client.pem"));
  EXPECT_EQ(pull.client_key_file, path("var/tls/client.key"));
  EXPECT_EQ(pull.headers.at("X-Receiver"), "500000");
  // The path is kept, the token is not read into the configuration.
  EXPECT_EQ(pull.header_files.at("X-Access-Token"), path("secrets/ducha-token"));
  EXPECT_EQ(describe(result).find("token-value"), std::string::npos);
}

TEST_F(pull_section_test, APushedChannelHasNoPullSection) {
  const auto result = load(testing::minimal_config);
  ASSERT_TRUE(result.config) << describe(result);
  EXPECT_FALSE(result.config->channels[0].pull.has_value());
}

TEST_F(pull_section_test, PlainHttpIsRefused) {
  const auto result = load_pull("      base_url: http://ducha.example.gov.cn\n");
  EXPECT_FALSE(result.config);
  EXPECT_TRUE(has_problem(result, 11, "channels[0].pull.base_url", "https://")) << describe(result);
}

TEST_F(pull_section_test, ABaseUrlWithAQueryIsRefused) {
  const auto result = load_pull("      base_url: https://ducha.example.gov.cn/api?limit=5\n");
  EXPECT_FALSE(result.config);
  EXPECT_TRUE(has_problem(result, 11, "channels[0].pull.base_url", "query")) << describe(result);
}

TEST_F(pull_section_test, TheBaseUrlIsRequired) {
  const auto result = load_pull("      interval: 1m\n");
  EXPECT_FALSE(result.config);
  EXPECT_TRUE(has_problem(result, 11, "channels[0].pull.base_url", "required")) << describe(result);
}

TEST_F(pull_section_test, AnIntervalUnderOneSecondIsRefused) {
  const auto result = load_pull("      base_url: https://ducha.example.gov.cn\n      interval: 500ms\n");
  EXPECT_FALSE(result.config);
  EXPECT_TRUE(has_problem(result, 12, "channels[0].pull.interval", "at least 1s")) << describe(result);
}

TEST_F(pull_section_test, AClientCertificateNeedsItsKey) {
  write("var/tls/client.pem", "cert");
  const auto result = load_pull(R"(      base_url: https://ducha.example.gov.cn
      tls: {client_certificate: ../var/tls/client.pem}
)");
  EXPECT_FALSE(result.config);
  EXPECT_TRUE(has_problem(result, 12, "channels[0].pull.tls.client_key", "mutual TLS needs both")) << describe(result);
}

TEST_F(pull_section_test, AnUnreadableHeaderFileIsNamed) {
  const auto result = load_pull(R"(      base_url: https://ducha.example.gov.cn
      header_files: {X-Access-Token: ../secrets/missing}
)");
  EXPECT_FALSE(result.config);
  EXPECT_TRUE(has_problem(result, 12, "channels[0].pull.header_files", "X-Access-Token")) << describe(result);
}

TEST_F(pull_section_test, UnknownKeysAreRefused) {
  const auto result = load_pull("      base_url: https://ducha.example.gov.cn\n      intervall: 1m\n");
  EXPECT_FALSE(result.config);
  EXPECT_TRUE(has_problem(result, 12, "channels[0].pull", "unknown key 'intervall' (did you mean 'interval'?)"))
      << describe(result);
}

}  // namespace
}  // namespace casegw::config
