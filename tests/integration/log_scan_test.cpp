// Runs after every other integration test (a ctest fixture cleanup): the logs of every gateway
// they started must hold none of the test reporters' names, phones, ID numbers, addresses or
// complaint texts. Each test checks its own logs too; this is the suite-wide proof.
#include "city_portal_payloads.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace casegw::integration {
namespace {

TEST(IntegrationLogs, HoldNoReporterData) {
  const std::filesystem::path dir = CASEGW_TEST_LOG_DIR;
  ASSERT_TRUE(std::filesystem::exists(dir)) << "no integration test left its logs in " << dir;
  std::size_t files = 0, request_lines = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".log") continue;
    ++files;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    const std::string logs = text.str();
    for (std::size_t at = logs.find("intake request_id="); at != std::string::npos; at = logs.find("intake request_id=", at + 1))
      ++request_lines;
    for (const auto& secret : confidential_strings())
      EXPECT_EQ(logs.find(secret), std::string::npos) << entry.path().filename() << " carries reporter data";
  }
  // The scan proves something only if the tests really ran and logged their requests.
  EXPECT_GE(files, 10u);
  EXPECT_GE(request_lines, 40u);
}

}  // namespace
}  // namespace casegw::integration
