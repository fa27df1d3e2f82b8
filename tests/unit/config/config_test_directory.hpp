// A throw-away directory laid out like a deployment — etc/ for the configuration, var/ beside
// it with a TLS certificate and key — so relative paths and file checks behave as in production.
#pragma once

#include "config/config_loader.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace casegw::config::testing {

// The shortest valid file: the required TLS files, one destination, one channel.
inline constexpr std::string_view minimal_config = R"(intake:
  tls: {certificate: ../var/tls/cert.pem, private_key: ../var/tls/key.pem}
destinations:
  - {id: local, type: local, directory: ../var/delivered}
channels:
  - {id: city_portal, adapter: city_portal, destinations: [local], auth: {scheme: none}}
)";

class config_test_directory : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (std::filesystem::temp_directory_path() / "casegw-config-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    root_ = pattern;
    std::filesystem::create_directories(root_ / "etc");
    write("var/tls/cert.pem", "-----BEGIN CERTIFICATE-----\n");
    write("var/tls/key.pem", "-----BEGIN PRIVATE KEY-----\n");
  }
  void TearDown() override { std::filesystem::remove_all(root_); }

  // Writes a file under the root, creating directories; returns its absolute path.
  std::string write(std::string_view relative, std::string_view text) const {
    const auto path = root_ / relative;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
  }

  std::string path(std::string_view relative) const { return (root_ / relative).lexically_normal().string(); }

  // Writes etc/gateway.yaml and loads it.
  load_result load(std::string_view yaml) const { return load_config(write("etc/gateway.yaml", yaml)); }

  std::filesystem::path root_;
};

// Prints every problem, so a failing expectation shows what the loader said instead.
inline std::string describe(const load_result& result) {
  std::string out;
  for (const auto& p : result.problems) out += "\n  " + p.to_string();
  return out.empty() ? " (no problems)" : out;
}

// True when a problem on `line` has exactly `key` and its text contains `fragment`.
inline bool has_problem(const load_result& result, int line, std::string_view key, std::string_view fragment) {
  for (const auto& p : result.problems) {
    if (p.mark.line == line && p.key == key && p.problem.find(fragment) != std::string::npos) return true;
  }
  return false;
}

}  // namespace casegw::config::testing
