// The integration-test fixture: a real casegw process on 127.0.0.1 with real TLS (a throwaway
// CA), a real SQLite store in a temp directory, and a real HTTP server standing in for the core
// workflow. Every test ends by checking that the gateway's logs hold no reporter data.
#pragma once

#include "gateway_process.hpp"
#include "support/https_test_client.hpp"
#include "support/temp_dir.hpp"
#include "support/test_certificates.hpp"
#include "support/workflow_stub.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace casegw::integration {

struct fixture_options {
  bool start_workflow = true;
  unsigned retry_limit = 100;
  std::string header_timeout = "1s";
  std::string body_bytes = "64KiB";
  unsigned high_water_pending = 100000;
  // Appended under channels: (each entry starting "  - id: ..."); files it names are written by
  // prepare(), which runs before the gateway starts.
  std::string extra_channels;
  bool ask_client_certificates = false;  // intake.tls.client_ca_file = the test CA
  // routing.units / routing.routes, written to <dir>/units.yaml and <dir>/routes.yaml: by
  // default one city unit on the workflow and a locality-first default route.
  std::string units_yaml = default_units_yaml;
  std::string routes_yaml = default_routes_yaml;
  static const std::string default_units_yaml;
  static const std::string default_routes_yaml;
  std::optional<std::string> client_common_name;  // issue a client certificate (certificates_->client)
};

class gateway_test : public ::testing::Test {
 protected:
  virtual fixture_options options() const { return {}; }
  // Runs after the directory and certificates exist and before the gateway starts.
  virtual void prepare() {}

  void SetUp() override;
  void TearDown() override;

  // POST a body to /v1/channels/<channel>/cases over HTTPS.
  test_support::test_response push(const std::string& body, const std::string& content_type = "application/json",
                                   const std::string& channel = "city_portal",
                                   const std::vector<net::http_header>& headers = {}) const;
  // GET an admin path with the bearer token.
  test_support::test_response admin_get(const std::string& path) const;
  test_support::test_response admin_post(const std::string& path, const std::string& body = "") const;

  // A channel case reference no other test uses.
  std::string unique_ref(const std::string& stem);

  // Keeps a unified case the workflow received, for the suite-wide JSON Schema check.
  void keep_for_schema_check(const std::string& case_id, const std::string& unified_case_json) const;

  // Starts a fresh gateway process on the same directory, ports and store (after a crash).
  void restart_gateway();

  std::string intake_url(const std::string& path) const { return gateway_->intake_url(path); }

  // For reload tests: the configuration as the fixture wrote it, rewriting it (or the routing
  // files next to it) in place, and POST /admin/v1/reload.
  std::string config_yaml() const;
  void rewrite_config(const std::string& yaml) const;
  void rewrite_routes(const std::string& yaml) const;
  test_support::test_response admin_reload() const { return admin_post("/admin/v1/reload"); }

  std::unique_ptr<test_support::temp_dir> dir_;
  std::unique_ptr<test_support::test_certificates> certificates_;
  std::unique_ptr<test_support::workflow_stub> workflow_;
  std::unique_ptr<gateway_process> gateway_;
  std::unique_ptr<test_support::https_test_client> client_;

 private:
  gateway_layout layout_;
  int ref_counter_ = 0;
};

}  // namespace casegw::integration
