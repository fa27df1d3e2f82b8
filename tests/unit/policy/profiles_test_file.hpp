// Policy files for loader tests: a YAML text written to a unique temporary file, removed at
// scope end; and the shipped config files, so the data operators get is the data tested.
#pragma once

#include "policy/profile_problem.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace casegw::policy::testing {

inline std::string shipped_policy_file(std::string_view name) {
  return std::string(CASEGW_SOURCE_DIR) + "/config/policy/" + std::string(name);
}

class profiles_test_file {
 public:
  explicit profiles_test_file(std::string_view text) {
    std::string pattern = (std::filesystem::temp_directory_path() / "casegw-policy-XXXXXX.yaml").string();
    const int fd = ::mkstemps(pattern.data(), 5);
    if (fd < 0) throw std::runtime_error("mkstemps failed");
    ::close(fd);
    path_ = pattern;
    std::ofstream(path_, std::ios::binary) << text;
  }
  ~profiles_test_file() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  profiles_test_file(const profiles_test_file&) = delete;
  profiles_test_file& operator=(const profiles_test_file&) = delete;

  const std::string& path() const noexcept { return path_; }

 private:
  std::string path_;
};

// All problems, one per line, for assertion messages.
inline std::string problems_text(const std::vector<profile_problem>& problems) {
  std::string text;
  for (const auto& problem : problems) text += problem.to_string() + "\n";
  return text;
}

}  // namespace casegw::policy::testing
