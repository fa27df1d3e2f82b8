#include "gateway_fixture.hpp"

#include "city_portal_payloads.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#ifndef CASEGW_PLUGIN_DIR
#error "CASEGW_PLUGIN_DIR must name the directory of the built plugins"
#endif
#ifndef CASEGW_TEST_LOG_DIR
#error "CASEGW_TEST_LOG_DIR must name where integration logs are collected for the final scan"
#endif

namespace casegw::integration {

const std::string fixture_options::default_units_yaml =
    "units:\n"
    "  - {id: city_centre, name: 重庆市12345市级指挥中心, level: city, division_code: \"500000\", destination: workflow}\n";
const std::string fixture_options::default_routes_yaml =
    "routes:\n"
    "  - {id: default, direction: bottom_up, fallback_unit: city_centre}\n";

void gateway_test::SetUp() {
  dir_ = std::make_unique<test_support::temp_dir>("casegw-it");
  certificates_ = std::make_unique<test_support::test_certificates>(test_support::make_test_certificates(
      dir_->path(), test_support::test_certificate_options{{}, options().client_common_name}));
  workflow_ = std::make_unique<test_support::workflow_stub>();
  workflow_->start();  // binds the port the gateway is configured with
  if (!options().start_workflow) workflow_->stop();

  layout_.directory = dir_->path();
  layout_.certificate = certificates_->server.certificate;
  layout_.private_key = certificates_->server.private_key;
  layout_.log_file = dir_->file("casegw.log");
  layout_.admin_token = "integration-test-admin-token-0123456789";
  std::ofstream(dir_->file("admin.token")) << layout_.admin_token << "\n";
  std::ofstream(dir_->file("units.yaml")) << options().units_yaml;
  std::ofstream(dir_->file("routes.yaml")) << options().routes_yaml;
  prepare();

  // A port found free can be taken by a parallel test before the gateway binds it: try again
  // on other ports (the failure says which bind failed).
  for (int attempt = 1;; ++attempt) {
    layout_.intake_port = free_loopback_port();
    layout_.admin_port = free_loopback_port();
    gateway_ = std::make_unique<gateway_process>(layout_, config_yaml());
    if (gateway_->start()) break;
    ASSERT_LT(attempt, 3) << gateway_->failure();
  }

  test_support::test_client_options client_options;
  client_options.ca_file = certificates_->ca_certificate.string();
  client_options.timeout = std::chrono::milliseconds(10'000);
  client_ = std::make_unique<test_support::https_test_client>(client_options);
}

// Confidentiality is law: whatever a test did, the gateway's logs must not carry reporter
// data. The log is also kept for the suite-wide scan (integration_log_scan).
void gateway_test::TearDown() {
  if (gateway_) gateway_->terminate();
  if (!gateway_) return;
  const std::string logs = gateway_->log_text();
  for (const auto& secret : confidential_strings())
    EXPECT_EQ(logs.find(secret), std::string::npos) << "a log line carries reporter data";
  std::filesystem::create_directories(CASEGW_TEST_LOG_DIR);
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  const std::string name = std::string(info->test_suite_name()) + "." + info->name() + ".log";
  std::ofstream(std::filesystem::path(CASEGW_TEST_LOG_DIR) / name) << logs;
  if (!workflow_) return;
  for (const auto& delivery : workflow_->received())
    if (!delivery.idempotency_key().empty()) keep_for_schema_check(delivery.idempotency_key(), delivery.body);
  workflow_->stop();
}

std::string gateway_test::config_yaml() const {
  const auto o = options();
  std::ostringstream y;
  y << "data_dir: " << dir_->path().string() << "/data\n"
    << "intake:\n"
    << "  address: 127.0.0.1\n"
    << "  port: " << layout_.intake_port << "\n"
    << "  threads: 2\n"
    << "  tls: {certificate: " << layout_.certificate.string() << ", private_key: " << layout_.private_key.string()
    << (o.ask_client_certificates ? ", client_ca_file: " + certificates_->ca_certificate.string() : std::string())
    << "}\n"
    << "  limits: {header_bytes: 8KiB, header_count: 32, body_bytes: 1MiB, max_connections: 64}\n"
    << "  timeouts: {tls_handshake: 2s, header: " << o.header_timeout << ", body: 5s, idle: 5s, write: 5s}\n"
    << "admin:\n"
    << "  address: 127.0.0.1\n"
    << "  port: " << layout_.admin_port << "\n"
    << "  token_file: " << dir_->file("admin.token").string() << "\n"
    << "logging: {level: debug, format: json, file: " << layout_.log_file.string() << "}\n"
    << "store: {path: " << dir_->path().string() << "/data/casegw.db, retry_after: 3s, high_water_pending: "
    << o.high_water_pending << "}\n"
    << "policy:\n"
    << "  calendar: " CASEGW_SOURCE_DIR "/config/calendar/holidays-cn\n"
    << "  deadline_profiles: " CASEGW_SOURCE_DIR "/config/policy/deadlines.yaml\n"
    << "  evaluation_rules: " CASEGW_SOURCE_DIR "/config/policy/evaluation.yaml\n"
    << "  divisions: " CASEGW_SOURCE_DIR "/config/divisions\n"
    << "  scope_rules: " CASEGW_SOURCE_DIR "/config/policy/scope.yaml\n"
    // The shipped calendar ends at 2026: from 12-01 a missing next year would fail /readyz,
    // which these tests wait for; readiness itself is tested in the admin unit tests.
    << "  next_year_calendar_due: never\n"
    << "routing:\n"
    << "  units: " << dir_->file("units.yaml").string() << "\n"
    << "  routes: " << dir_->file("routes.yaml").string() << "\n"
    << "plugins:\n"
    << "  directories: [" << CASEGW_PLUGIN_DIR << "]\n"
    << "destinations:\n"
    << "  - id: workflow\n"
    << "    type: webhook\n"
    << "    url: " << workflow_->url("/cases") << "\n"
    << "    timeout: 2s\n"
    << "    retry: {limit: " << o.retry_limit << ", base: 50ms, cap: 400ms}\n"
    << "  - id: archive\n"
    << "    type: local\n"
    << "    directory: " << dir_->path().string() << "/data/delivered\n"
    << "channels:\n"
    << "  - id: city_portal\n"
    << "    adapter: city_portal\n"
    << "    auth: {scheme: none}\n"
    << "    body_bytes: " << o.body_bytes << "\n"
    << "    destinations: [workflow, archive]\n"
    << o.extra_channels;
  return y.str();
}

test_support::test_response gateway_test::push(const std::string& body, const std::string& content_type,
                                               const std::string& channel,
                                               const std::vector<net::http_header>& headers) const {
  return client_->post(intake_url("/v1/channels/" + channel + "/cases"), headers, body, content_type);
}

test_support::test_response gateway_test::admin_get(const std::string& path) const {
  return client_->get(gateway_->admin_url(path), {{"Authorization", "Bearer " + layout_.admin_token},
                                                  {"X-Audit-Reason", "integration test"}});
}

test_support::test_response gateway_test::admin_post(const std::string& path, const std::string& body) const {
  return client_->post(gateway_->admin_url(path), {{"Authorization", "Bearer " + layout_.admin_token},
                                                   {"X-Audit-Reason", "integration test"}}, body);
}

std::string gateway_test::unique_ref(const std::string& stem) {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  return stem + "-" + std::to_string(std::hash<std::string>{}(info->name()) % 100000) + "-" +
         std::to_string(++ref_counter_);
}

void gateway_test::rewrite_config(const std::string& yaml) const {
  std::ofstream(dir_->path() / "gateway.yaml", std::ios::trunc) << yaml;
}

void gateway_test::rewrite_routes(const std::string& yaml) const {
  std::ofstream(dir_->file("routes.yaml"), std::ios::trunc) << yaml;
}

void gateway_test::keep_for_schema_check(const std::string& case_id, const std::string& unified_case_json) const {
  const auto dir = std::filesystem::path(CASEGW_TEST_LOG_DIR) / "cases";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / (case_id + ".json")) << unified_case_json;
}

void gateway_test::restart_gateway() {
  // A port found free can be taken by a parallel test before the gateway binds it: try again
  // on other ports (the failure says which bind failed).
  for (int attempt = 1;; ++attempt) {
    layout_.intake_port = free_loopback_port();
    layout_.admin_port = free_loopback_port();
    gateway_ = std::make_unique<gateway_process>(layout_, config_yaml());
    if (gateway_->start()) break;
    ASSERT_LT(attempt, 3) << gateway_->failure();
  }
}

}  // namespace casegw::integration
