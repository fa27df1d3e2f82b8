#include "admin/audit_log.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace casegw::admin {

TEST(AuditLog, AppendsOneJsonLinePerRead) {
  const auto path = std::filesystem::temp_directory_path() / ("casegw-audit-" + std::to_string(::getpid()) + ".log");
  std::filesystem::remove(path);
  {
    audit_log log(path.string());
    log.record({"token@127.0.0.1", "GET /admin/v1/cases/x", "case-1", "complaint review", "r1"});
    log.record({"token@127.0.0.1", "GET /admin/v1/cases/y", "case-2", "", "r2"});
  }
  std::ifstream in(path);
  std::string first, second, third;
  std::getline(in, first);
  std::getline(in, second);
  EXPECT_FALSE(std::getline(in, third));
  EXPECT_NE(first.find("\"case_id\":\"case-1\""), std::string::npos);
  EXPECT_NE(first.find("\"reason\":\"complaint review\""), std::string::npos);
  EXPECT_NE(second.find("\"request_id\":\"r2\""), std::string::npos);
  std::filesystem::remove(path);
}

TEST(AuditLog, RefusesAnUnwritablePath) {
  EXPECT_THROW(audit_log("/nonexistent-dir/audit.log"), std::runtime_error);
}

}  // namespace casegw::admin
