// A fresh directory under the system temp directory, removed with everything in it when the
// object goes out of scope.
#pragma once

#include <filesystem>
#include <string_view>

namespace casegw::test_support {

class temp_dir {
 public:
  explicit temp_dir(std::string_view prefix = "casegw-test");
  ~temp_dir();
  temp_dir(const temp_dir&) = delete;
  temp_dir& operator=(const temp_dir&) = delete;

  const std::filesystem::path& path() const noexcept { return path_; }
  // path() / name; the file is not created.
  std::filesystem::path file(std::string_view name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

}  // namespace casegw::test_support
