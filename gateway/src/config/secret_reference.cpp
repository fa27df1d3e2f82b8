#include "config/secret_reference.hpp"

#include "config/yaml_map_reader.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace casegw::config {
namespace {

std::optional<std::string> read_secret_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return std::nullopt;
  std::string value = text.str();
  // Editors end files with a newline; the secret does not include it.
  if (value.ends_with("\r\n")) {
    value.resize(value.size() - 2);
  } else if (value.ends_with('\n')) {
    value.pop_back();
  }
  return value;
}

}  // namespace

bool is_secret_reference(const YAML::Node& node) {
  if (!node.IsMap() || node.size() != 1) return false;
  const auto entry = node.begin();
  return entry->first.IsScalar() && entry->second.IsScalar() &&
         (entry->first.Scalar() == "from_file" || entry->first.Scalar() == "from_env");
}

std::optional<std::string> read_secret_reference(load_context& context, const YAML::Node& reference,
                                                 const std::string& key) {
  if (!is_secret_reference(reference)) {
    context.report(reference, key, "must be {from_file: PATH} or {from_env: NAME}");
    return std::nullopt;
  }
  const std::string source = reference.begin()->first.Scalar();
  const YAML::Node where = reference.begin()->second;
  if (source == "from_file") {
    const std::string path = context.resolve_path(where.Scalar());
    if (auto why = file_readability_problem(path); !why.empty()) {
      context.report(where, key, "from_file '" + path + "' " + why);
      return std::nullopt;
    }
    auto value = read_secret_file(path);
    if (!value) context.report(where, key, "from_file '" + path + "' could not be read");
    return value;
  }
  const char* value = std::getenv(where.Scalar().c_str());
  if (value == nullptr) {
    context.report(where, key, "from_env: the environment variable " + where.Scalar() + " is not set");
    return std::nullopt;
  }
  return std::string(value);
}

}  // namespace casegw::config
