// config/gateway.yaml is what operators copy: it must always load, and load to the defaults
// that gateway_config.hpp documents.
#include "config/config_loader.hpp"

#include "config_test_directory.hpp"

#include <fstream>
#include <sstream>

namespace casegw::config {
namespace {

// Lays out what scripts/dev-setup.sh makes in var/ (contents only need the right shape).
class reference_config_test : public testing::config_test_directory {
 protected:
  void write_development_files() const {
    write("var/tls/dev-cert.pem", "cert");
    write("var/tls/dev-key.pem", "key");
    write("var/tls/dev-client-ca.pem", "ca");
    write("var/admin.token", "0123456789abcdef0123456789abcdef\n");
    write("var/secrets/city_portal-hmac", "0123456789abcdef0123456789abcdef0123456789abcdef\n");
    write("var/secrets/foreign_investment-hmac", "0123456789abcdef0123456789abcdef\n");
    write("var/secrets/gov_service_platform-hmac-sm3", "0123456789abcdef0123456789abcdef\n");
    write("var/secrets/hotline_12345-api-key", "0123456789abcdef0123456789abcdef\n");
    write("var/secrets/national_regulation-sm2-public.pem", "pem");
  }
};
using testing::describe;

std::string reference_file_text() {
  std::ifstream in(std::string(CASEGW_SOURCE_DIR) + "/config/gateway.yaml");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The reference file is placed in <root>/config/ with the files scripts/dev-setup.sh creates
// in <root>/var/, as in a checkout of the repository.
TEST_F(reference_config_test, LoadsWithoutProblems) {
  write_development_files();
  const std::string file = write("config/gateway.yaml", reference_file_text());
  const auto result = load_config(file);
  ASSERT_TRUE(result.config) << describe(result);

  const gateway_config& c = *result.config;
  EXPECT_EQ(c.data_dir, path("var"));
  EXPECT_EQ(c.store.path, path("var/casegw.db"));
  EXPECT_EQ(c.admin.audit_log, path("var/admin-audit.log"));
  EXPECT_EQ(c.admin.token_file, path("var/admin.token"));
  EXPECT_EQ(c.intake.tls.certificate_file, path("var/tls/dev-cert.pem"));
  EXPECT_TRUE(c.plugin_directories.empty());
  ASSERT_EQ(c.destinations.size(), 1u);
  EXPECT_EQ(c.destinations[0].directory, path("var/delivered"));
  ASSERT_EQ(c.channels.size(), 6u);
  EXPECT_EQ(c.channels[0].id, "city_portal");
  EXPECT_EQ(c.channels[0].body_bytes, 256u * 1024);
  EXPECT_EQ(c.channels[0].settings.at("fallback_region_code").text, "500000");
  EXPECT_EQ(c.channels[0].auth.scheme, "hmac-sha256");
  ASSERT_EQ(c.channels[0].auth.secrets.size(), 1u);
  EXPECT_EQ(c.channels[0].auth.secrets[0].size(), 48u) << "one trailing newline removed";
}

TEST_F(reference_config_test, SpellsOutTheCompiledDefaults) {
  write_development_files();
  const auto result = load_config(write("config/gateway.yaml", reference_file_text()));
  ASSERT_TRUE(result.config) << describe(result);
  const gateway_config defaults;
  const gateway_config& c = *result.config;
  EXPECT_EQ(c.intake.address, defaults.intake.address);
  EXPECT_EQ(c.intake.port, defaults.intake.port);
  EXPECT_EQ(c.intake.threads, defaults.intake.threads);
  EXPECT_EQ(c.intake.tls.min_version, defaults.intake.tls.min_version);
  EXPECT_EQ(c.intake.limits.header_bytes, defaults.intake.limits.header_bytes);
  EXPECT_EQ(c.intake.limits.header_count, defaults.intake.limits.header_count);
  EXPECT_EQ(c.intake.limits.body_bytes, defaults.intake.limits.body_bytes);
  EXPECT_EQ(c.intake.limits.max_connections, defaults.intake.limits.max_connections);
  EXPECT_EQ(c.intake.timeouts.tls_handshake, defaults.intake.timeouts.tls_handshake);
  EXPECT_EQ(c.intake.timeouts.header, defaults.intake.timeouts.header);
  EXPECT_EQ(c.intake.timeouts.body, defaults.intake.timeouts.body);
  EXPECT_EQ(c.intake.timeouts.idle, defaults.intake.timeouts.idle);
  EXPECT_EQ(c.intake.timeouts.write, defaults.intake.timeouts.write);
  EXPECT_EQ(c.admin.address, defaults.admin.address);
  EXPECT_EQ(c.admin.port, defaults.admin.port);
  EXPECT_EQ(c.logging.level, defaults.logging.level);
  EXPECT_EQ(c.logging.format, defaults.logging.format);
  EXPECT_EQ(c.store.driver, defaults.store.driver);
  EXPECT_EQ(c.store.max_batch, defaults.store.max_batch);
  EXPECT_EQ(c.store.high_water_pending, defaults.store.high_water_pending);
  EXPECT_EQ(c.store.retry_after, defaults.store.retry_after);
}

}  // namespace
}  // namespace casegw::config
