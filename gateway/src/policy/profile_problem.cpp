#include "policy/profile_problem.hpp"

namespace casegw::policy {

std::string profile_problem::to_string() const {
  std::string text = file;
  if (line > 0) text += ":" + std::to_string(line);
  text += ": ";
  if (!key.empty()) text += key + ": ";
  text += problem;
  return text;
}

}  // namespace casegw::policy
