#include "policy/profile_problem.hpp"

namespace casegw::policy {

std::string profile_problem::to_string() const {
  // Appended piece by piece: `":" + std::to_string(...)` trips GCC 12's -Wrestrict false positive.
  std::string text = file;
  if (line > 0) {
    text += ':';
    text += std::to_string(line);
  }
  text += ": ";
  if (!key.empty()) {
    text += key;
    text += ": ";
  }
  text += problem;
  return text;
}

}  // namespace casegw::policy
