#include "config/config_loader.hpp"

namespace casegw::config {

// "file:line: key: problem", leaving out the line when unknown and the key when the problem
// concerns the whole file.
std::string config_problem::to_string() const {
  std::string out = mark.file;
  if (mark.line > 0) out += ":" + std::to_string(mark.line);
  out += ": ";
  if (!key.empty()) out += key + ": ";
  return out + problem;
}

}  // namespace casegw::config
