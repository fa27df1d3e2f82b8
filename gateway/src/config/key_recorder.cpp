#include "config/key_recorder.hpp"

namespace casegw::config {

void key_recorder::record(std::string_view path, const std::vector<std::string>& known_keys) {
  const std::string prefix = path.empty() ? std::string() : without_list_indexes(path) + ".";
  for (const auto& key : known_keys) keys_.insert(prefix + key);
}

std::string without_list_indexes(std::string_view path) {
  std::string out;
  out.reserve(path.size());
  bool in_index = false;
  for (const char c : path) {
    if (c == '[') {
      in_index = true;
      out += c;
    } else if (c == ']') {
      in_index = false;
      out += c;
    } else if (!in_index) {
      out += c;
    }
  }
  return out;
}

}  // namespace casegw::config
