// The casegw command line, run as a user would.
#include "gateway_process.hpp"

#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace casegw::integration {
namespace {

std::string write_file(const test_support::temp_dir& dir, const std::string& name, const std::string& text) {
  const auto path = dir.file(name);
  std::ofstream(path) << text;
  return path.string();
}

// A configuration that needs no TLS files to exist... except that intake requires them: make
// them empty files, which check-config accepts as present (the TLS stack loads them at run).
std::string minimal_config(const test_support::temp_dir& dir, const std::string& channel_extra) {
  write_file(dir, "cert.pem", "");
  write_file(dir, "key.pem", "");
  return "data_dir: " + dir.path().string() + "/data\n"
         "intake:\n"
         "  tls: {certificate: cert.pem, private_key: key.pem}\n"
         "plugins:\n"
         "  directories: [" CASEGW_PLUGIN_DIR "]\n"
         "destinations:\n"
         "  - id: local\n"
         "    type: local\n"
         "    directory: delivered\n"
         "channels:\n"
         "  - id: city_portal\n"
         "    adapter: city_portal\n"
         "    destinations: [local]\n" +
         channel_extra;
}

TEST(Cli, VersionNamesTheVersionAndTheAbi) {
  const auto r = run_casegw("--version");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.output.find("casegw "), std::string::npos);
  EXPECT_NE(r.output.find("plugin ABI 1.0"), std::string::npos) << r.output;
}

TEST(Cli, CheckConfigAcceptsAGoodConfiguration) {
  test_support::temp_dir dir;
  const auto file = write_file(dir, "gateway.yaml", minimal_config(dir, ""));
  const auto r = run_casegw("check-config --config " + file);
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("configuration OK"), std::string::npos) << r.output;
}

TEST(Cli, CheckConfigReportsFileLineKeyAndProblem) {
  test_support::temp_dir dir;
  auto text = minimal_config(dir, "");
  text.replace(text.find("destinations: [local]"), 21, "destinations: [lokal]");
  const auto file = write_file(dir, "gateway.yaml", text);
  const auto r = run_casegw("check-config --config " + file);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.output.find(file + ":13: channels[0].destinations"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("lokal"), std::string::npos) << r.output;
}

TEST(Cli, CheckConfigValidatesPluginSettingsAgainstTheirSchema) {
  test_support::temp_dir dir;
  const auto file = write_file(dir, "gateway.yaml", minimal_config(dir, "    settings:\n      no_such_setting: 1\n"));
  const auto r = run_casegw("check-config --config " + file);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.output.find(file + ":15: channels[0].settings.no_such_setting: unknown setting of plugin 'city_portal'; known: "),
            std::string::npos)
      << r.output;
}

TEST(Cli, PluginsListsNameVersionAbiAndFile) {
  test_support::temp_dir dir;
  const auto file = write_file(dir, "gateway.yaml", minimal_config(dir, ""));
  const auto r = run_casegw("plugins --config " + file);
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("city_portal"), std::string::npos);
  EXPECT_NE(r.output.find("1.0"), std::string::npos);
  EXPECT_NE(r.output.find("libcasegw_city_portal.so"), std::string::npos) << r.output;
}

TEST(Cli, RunRefusesABrokenConfigurationWithExit1) {
  test_support::temp_dir dir;
  const auto file = write_file(dir, "gateway.yaml", "intake: {port: 99999}\n");
  const auto r = run_casegw("run --config " + file);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.output.find(file + ":1:"), std::string::npos) << r.output;
}

TEST(Cli, AnUnknownCommandIsAUsageError) {
  EXPECT_EQ(run_casegw("frobnicate --config x").exit_code, 2);
}

}  // namespace
}  // namespace casegw::integration
