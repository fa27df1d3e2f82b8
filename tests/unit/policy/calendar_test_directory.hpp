// A throwaway calendar directory for loader tests: write files into it, removed at scope end.
// (tests/support's temp_dir drags in the network stack; the policy tests need none of it.)
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace casegw::policy::testing {

class calendar_test_directory {
 public:
  calendar_test_directory() {
    std::string pattern = (std::filesystem::temp_directory_path() / "casegw-calendar-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~calendar_test_directory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  calendar_test_directory(const calendar_test_directory&) = delete;
  calendar_test_directory& operator=(const calendar_test_directory&) = delete;

  const std::filesystem::path& path() const noexcept { return path_; }

  void write(std::string_view name, std::string_view text) const {
    std::ofstream(path_ / name, std::ios::binary) << text;
  }

  // A file in the holidays-cn format with the given "days" array body.
  void write_year(std::string_view name, int year, std::string_view days) const {
    write(name, "{\"year\": " + std::to_string(year) + ", \"papers\": [], \"days\": [" + std::string(days) + "]}");
  }

 private:
  std::filesystem::path path_;
};

inline std::string day_json(std::string_view date, std::string_view name, bool off) {
  return "{\"name\": \"" + std::string(name) + "\", \"date\": \"" + std::string(date) +
         "\", \"isOffDay\": " + (off ? "true" : "false") + "}";
}

}  // namespace casegw::policy::testing
