#include "config/config_loader.hpp"

#include "config_test_directory.hpp"

namespace casegw::config {
namespace {

using load_config_test = testing::config_test_directory;
using testing::describe;

TEST_F(load_config_test, MinimalFileLoadsWithDefaultsApplied) {
  const auto result = load(testing::minimal_config);
  ASSERT_TRUE(result.config) << describe(result);
  EXPECT_TRUE(result.problems.empty());
  const gateway_config& c = *result.config;
  EXPECT_EQ(c.intake.address, "127.0.0.1");
  EXPECT_EQ(c.intake.port, 8443);
  EXPECT_EQ(c.intake.threads, 2u);
  EXPECT_EQ(c.intake.tls.min_version, "1.2");
  EXPECT_EQ(c.intake.limits.header_bytes, 16u * 1024);
  EXPECT_EQ(c.intake.limits.body_bytes, 1024u * 1024);
  EXPECT_EQ(c.intake.timeouts.body, std::chrono::seconds(30));
  EXPECT_EQ(c.admin.port, 9464);
  EXPECT_EQ(c.admin.token_file, "");
  EXPECT_EQ(c.logging.level, "info");
  EXPECT_EQ(c.logging.format, "text");
  EXPECT_EQ(c.logging.file, "");
  EXPECT_EQ(c.store.driver, "sqlite");
  EXPECT_EQ(c.store.max_batch, 256u);
  EXPECT_EQ(c.store.retry_after, std::chrono::seconds(5));
  EXPECT_TRUE(c.plugin_directories.empty());
  ASSERT_EQ(c.channels.size(), 1u);
  EXPECT_TRUE(c.channels[0].enabled);
  EXPECT_FALSE(c.channels[0].body_bytes);
  EXPECT_TRUE(c.channels[0].settings.empty());
  EXPECT_EQ(c.destinations[0].retry.limit, 12u);
  EXPECT_EQ(c.destinations[0].concurrency, 4u);
}

TEST_F(load_config_test, DataDirDefaultsToVarBesideTheConfigDirectory) {
  const auto result = load(testing::minimal_config);
  ASSERT_TRUE(result.config) << describe(result);
  EXPECT_EQ(result.config->config_file, path("etc/gateway.yaml"));
  EXPECT_EQ(result.config->data_dir, path("var"));
  EXPECT_EQ(result.config->store.path, path("var/casegw.db"));
  EXPECT_EQ(result.config->admin.audit_log, path("var/admin-audit.log"));
}

TEST_F(load_config_test, RelativePathsResolveAgainstTheConfigFileNotTheWorkingDirectory) {
  write("etc/admin.token", "0123456789abcdef0123\n");
  std::filesystem::create_directories(root_ / "plugins");
  const auto result = load(std::string(testing::minimal_config) + R"(data_dir: ../state
admin: {token_file: admin.token, audit_log: /var/log/casegw-audit.log}
logging: {file: ../logs/casegw.log}
store: {path: db/cases.db}
plugins: {directories: [../plugins]}
)");
  ASSERT_TRUE(result.config) << describe(result);
  const gateway_config& c = *result.config;
  EXPECT_EQ(c.data_dir, path("state"));
  EXPECT_EQ(c.admin.token_file, path("etc/admin.token"));
  EXPECT_EQ(c.admin.audit_log, "/var/log/casegw-audit.log");
  EXPECT_EQ(c.logging.file, path("logs/casegw.log"));
  EXPECT_EQ(c.store.path, path("etc/db/cases.db"));
  EXPECT_EQ(c.intake.tls.certificate_file, path("var/tls/cert.pem"));
  EXPECT_EQ(c.destinations[0].directory, path("var/delivered"));
  EXPECT_EQ(c.plugin_directories, std::vector<std::string>{path("plugins")});
}

TEST_F(load_config_test, EveryValueIsRead) {
  write("secrets/ca.pem", "ca");
  write("secrets/client.pem", "cert");
  write("secrets/client-key.pem", "key");
  write("secrets/authorization", "Bearer x\n");
  write("secrets/hotline-key", "hotline-api-key-0123456789\n");
  const auto result = load(R"(intake:
  address: 0.0.0.0
  port: 0
  threads: 8
  tls: {certificate: ../var/tls/cert.pem, private_key: ../var/tls/key.pem, min_version: "1.3"}
  limits: {header_bytes: 8KiB, header_count: 32, body_bytes: 2MiB, max_connections: 10}
  timeouts: {tls_handshake: 1s, header: 2s, body: 3s, idle: 4s, write: 500ms}
admin: {address: "::1", port: 9000}
logging: {level: debug, format: json}
store: {driver: sqlite, max_batch: 10, high_water_pending: 50, retry_after: 2s}
destinations:
  - id: workflow
    type: webhook
    url: https://workflow.example.internal/cases
    timeout: 3s
    tls: {verify: false, ca_file: ../secrets/ca.pem, client_certificate: ../secrets/client.pem, client_key: ../secrets/client-key.pem}
    headers: {X-Source: casegw}
    header_files: {Authorization: ../secrets/authorization}
    retry: {limit: 3, base: 200ms, cap: 1m}
    concurrency: 2
channels:
  - id: hotline_12345
    adapter: hotline_12345
    enabled: no
    body_bytes: 64KB
    media_types: [application/json, application/xml]
    destinations: [workflow]
    settings: {timezone: "+08:00", max: 5}
    auth: {scheme: api-key, secrets: [{from_file: ../secrets/hotline-key}], header: X-Hotline-Key}
)");
  ASSERT_TRUE(result.config) << describe(result);
  const gateway_config& c = *result.config;
  EXPECT_EQ(c.intake.address, "0.0.0.0");
  EXPECT_EQ(c.intake.port, 0);
  EXPECT_EQ(c.intake.threads, 8u);
  EXPECT_EQ(c.intake.tls.min_version, "1.3");
  EXPECT_EQ(c.intake.limits.header_bytes, 8u * 1024);
  EXPECT_EQ(c.intake.limits.header_count, 32u);
  EXPECT_EQ(c.intake.limits.body_bytes, 2u * 1024 * 1024);
  EXPECT_EQ(c.intake.limits.max_connections, 10u);
  EXPECT_EQ(c.intake.timeouts.write, std::chrono::milliseconds(500));
  EXPECT_EQ(c.admin.address, "::1");
  EXPECT_EQ(c.logging.level, "debug");
  EXPECT_EQ(c.logging.format, "json");
  EXPECT_EQ(c.store.high_water_pending, 50u);
  EXPECT_EQ(c.store.retry_after, std::chrono::seconds(2));
  const destination_config& d = c.destinations.at(0);
  EXPECT_EQ(d.type, "webhook");
  EXPECT_EQ(d.url, "https://workflow.example.internal/cases");
  EXPECT_EQ(d.timeout, std::chrono::seconds(3));
  EXPECT_FALSE(d.tls_verify);
  EXPECT_EQ(d.ca_file, path("secrets/ca.pem"));
  EXPECT_EQ(d.client_key_file, path("secrets/client-key.pem"));
  EXPECT_EQ(d.headers.at("X-Source"), "casegw");
  EXPECT_EQ(d.header_files.at("Authorization"), path("secrets/authorization"));
  const auto& auth = c.channels.at(0).auth;
  EXPECT_EQ(auth.scheme, "api-key");
  EXPECT_EQ(auth.header, "X-Hotline-Key");
  EXPECT_EQ(auth.secrets, std::vector<std::string>{"hotline-api-key-0123456789"});
  EXPECT_EQ(d.retry.limit, 3u);
  EXPECT_EQ(d.retry.base, std::chrono::milliseconds(200));
  EXPECT_EQ(d.retry.cap, std::chrono::minutes(1));
  EXPECT_EQ(d.concurrency, 2u);
  EXPECT_EQ(d.mark.line, 12);
  const channel_config& ch = c.channels.at(0);
  EXPECT_EQ(ch.id, "hotline_12345");
  EXPECT_FALSE(ch.enabled);
  EXPECT_EQ(ch.body_bytes, 64u * 1024);
  EXPECT_EQ(ch.media_types, (std::vector<std::string>{"application/json", "application/xml"}));
  EXPECT_EQ(ch.destinations, std::vector<std::string>{"workflow"});
  EXPECT_EQ(ch.settings.at("timezone").text, "+08:00");
  EXPECT_EQ(ch.settings.at("max").text, "5");
  EXPECT_FALSE(ch.settings.at("max").secret_source);
  EXPECT_EQ(ch.settings.at("max").mark.line, 28);
  EXPECT_EQ(ch.mark.line, 22);
}

TEST_F(load_config_test, ConfigIsWithheldWhenThereIsAnyProblem) {
  const auto result = load(std::string(testing::minimal_config) + "logging: {level: loud}\n");
  EXPECT_FALSE(result.config);
  EXPECT_EQ(result.problems.size(), 1u) << describe(result);
}

TEST_F(load_config_test, ProblemToStringIsFileLineKeyProblem) {
  const config_problem p{{"config/gateway.yaml", 42}, "channels[0].destinations", "unknown destination 'wokflow'"};
  EXPECT_EQ(p.to_string(), "config/gateway.yaml:42: channels[0].destinations: unknown destination 'wokflow'");
  const config_problem whole_file{{"gateway.yaml", 0}, "", "cannot open the configuration file"};
  EXPECT_EQ(whole_file.to_string(), "gateway.yaml: cannot open the configuration file");
}

}  // namespace
}  // namespace casegw::config
