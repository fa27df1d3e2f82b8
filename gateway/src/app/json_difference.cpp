#include "app/json_difference.hpp"

#include <boost/json/serialize.hpp>

namespace casegw::app {
namespace {

namespace json = boost::json;

// Golden data is test data, but keep lines readable: long values are cut.
std::string shown(const json::value& v) {
  std::string text = json::serialize(v);
  if (text.size() <= 80) return text;
  std::size_t cut = 77;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // never split a UTF-8 character
  return text.substr(0, cut) + "...";
}

std::string child(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : path + "." + std::string(key);
}

bool same_number(const json::value& a, const json::value& b) {
  if (!a.is_number() || !b.is_number()) return false;
  return a.to_number<double>() == b.to_number<double>();
}

void compare(const json::value& expected, const json::value& actual, const std::string& path,
             std::vector<std::string>& out);

void compare_objects(const json::object& expected, const json::object& actual, const std::string& path,
                     std::vector<std::string>& out) {
  for (const auto& [key, value] : expected) {
    const auto it = actual.find(key);
    if (it == actual.end()) {
      out.push_back(child(path, key) + ": expected " + shown(value) + ", got nothing");
    } else {
      compare(value, it->value(), child(path, key), out);
    }
  }
  for (const auto& [key, value] : actual)
    if (!expected.contains(key)) out.push_back(child(path, key) + ": expected nothing, got " + shown(value));
}

void compare_arrays(const json::array& expected, const json::array& actual, const std::string& path,
                    std::vector<std::string>& out) {
  const std::size_t common = std::min(expected.size(), actual.size());
  for (std::size_t i = 0; i < common; ++i) compare(expected[i], actual[i], path + "[" + std::to_string(i) + "]", out);
  if (expected.size() != actual.size())
    out.push_back(path + ": expected " + std::to_string(expected.size()) + " elements, got " + std::to_string(actual.size()));
}

void compare(const json::value& expected, const json::value& actual, const std::string& path,
             std::vector<std::string>& out) {
  if (expected.is_object() && actual.is_object()) return compare_objects(expected.get_object(), actual.get_object(), path, out);
  if (expected.is_array() && actual.is_array()) return compare_arrays(expected.get_array(), actual.get_array(), path, out);
  if (expected == actual || same_number(expected, actual)) return;
  out.push_back((path.empty() ? "(document)" : path) + ": expected " + shown(expected) + ", got " + shown(actual));
}

}  // namespace

std::vector<std::string> json_differences(const json::value& expected, const json::value& actual) {
  std::vector<std::string> out;
  compare(expected, actual, "", out);
  return out;
}

}  // namespace casegw::app
