#include "config/config_loader.hpp"

namespace casegw::config {

// "file:line: key: problem", leaving out the line when unknown and the key when the problem
// concerns the whole file.
std::string config_problem::to_string() const {
  // Appended piece by piece: `":" + std::to_string(...)` trips GCC 12's -Wrestrict false positive.
  std::string out = mark.file;
  if (mark.line > 0) {
    out += ':';
    out += std::to_string(mark.line);
  }
  if (!out.empty()) out += ": ";  // problems of other files (policy) carry their own location
  if (!key.empty()) {
    out += key;
    out += ": ";
  }
  out += problem;
  return out;
}

}  // namespace casegw::config
