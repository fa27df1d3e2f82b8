#include "policy/policy_yaml_mapping.hpp"

#include <algorithm>
#include <charconv>
#include <set>

namespace casegw::policy {

std::string join_names(const std::vector<std::string>& names) {
  std::string joined;
  for (const auto& name : names) {
    if (!joined.empty()) joined += ", ";
    joined += name;
  }
  return joined;
}

policy_yaml_mapping::policy_yaml_mapping(policy_yaml_file& file, YAML::Node node, std::string path,
                                         std::vector<std::string> known_keys, int header_line)
    : file_(file), node_(std::move(node)), path_(std::move(path)), known_keys_(std::move(known_keys)),
      header_line_(header_line) {
  check_shape_and_keys();
}

void policy_yaml_mapping::check_shape_and_keys() const {
  if (!node_.IsDefined() || node_.IsNull()) return;  // absent: `require` reports what is missing
  if (!node_.IsMap()) {
    report_here("must be a mapping of keys to values");
    return;
  }
  std::set<std::string> seen;
  for (const auto& entry : node_) {
    const auto key = entry.first.Scalar();
    const int key_line = policy_yaml_file::line_of(entry.first);
    const std::string where = path_.empty() ? key : path_ + "." + key;
    if (std::find(known_keys_.begin(), known_keys_.end(), key) == known_keys_.end()) {
      file_.report(key_line, where, "unknown key; valid: " + join_names(known_keys_));
    } else if (!seen.insert(key).second) {
      file_.report(key_line, where, "given twice; YAML keeps only one, so say it once");
    }
  }
}

bool policy_yaml_mapping::has(std::string_view key) const {
  return node_.IsMap() && node(key).IsDefined() && !node(key).IsNull();
}

YAML::Node policy_yaml_mapping::node(std::string_view key) const {
  const YAML::Node& lookup = node_;  // const: lookups must never insert keys
  if (!lookup.IsMap()) return YAML::Node(YAML::NodeType::Undefined);
  return lookup[std::string(key)];
}

std::string policy_yaml_mapping::key_path(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

int policy_yaml_mapping::line() const {
  return header_line_ > 0 ? header_line_ : policy_yaml_file::line_of(node_);
}

int policy_yaml_mapping::key_line(std::string_view key) const {
  if (node_.IsMap()) {
    for (const auto& entry : node_) {
      if (entry.first.Scalar() == key) return policy_yaml_file::line_of(entry.first);
    }
  }
  return line();
}

int policy_yaml_mapping::line_of(std::string_view key) const {
  const int value_line = node_.IsMap() ? policy_yaml_file::line_of(node(key)) : 0;
  return value_line > 0 ? value_line : line();
}

void policy_yaml_mapping::report(std::string_view key, std::string problem) const {
  file_.report(line_of(key), key_path(key), std::move(problem));
}

void policy_yaml_mapping::report_here(std::string problem) const { file_.report(line(), path_, std::move(problem)); }

bool policy_yaml_mapping::require(std::string_view key) const {
  if (has(key)) return true;
  file_.report(line(), key_path(key), "is required");
  return false;
}

std::optional<std::string> policy_yaml_mapping::text(std::string_view key) const {
  if (!has(key)) return std::nullopt;
  const YAML::Node value = node(key);
  if (!value.IsScalar()) {
    report(key, "must be a single value, not a list or mapping");
    return std::nullopt;
  }
  return value.Scalar();
}

std::optional<std::int64_t> policy_yaml_mapping::integer(std::string_view key) const {
  const auto value = text(key);
  if (!value) return std::nullopt;
  std::int64_t number = 0;
  const char* end = value->data() + value->size();
  const auto [stop, error] = std::from_chars(value->data(), end, number);
  if (error != std::errc{} || stop != end) {
    report(key, "must be a whole number, got \"" + *value + "\"");
    return std::nullopt;
  }
  return number;
}

std::optional<bool> policy_yaml_mapping::boolean(std::string_view key) const {
  const auto value = text(key);
  if (!value) return std::nullopt;
  // The same spellings as the gateway's main configuration (docs/configuration.md).
  if (*value == "true" || *value == "yes" || *value == "on") return true;
  if (*value == "false" || *value == "no" || *value == "off") return false;
  report(key, "must be true or false, got \"" + *value + "\"");
  return std::nullopt;
}

std::optional<std::vector<std::string>> policy_yaml_mapping::names(std::string_view key) const {
  if (!has(key)) return std::nullopt;
  const YAML::Node value = node(key);
  if (value.IsScalar()) return std::vector<std::string>{value.Scalar()};
  if (!value.IsSequence() || value.size() == 0) {
    report(key, "must be a name or a non-empty list of names");
    return std::nullopt;
  }
  std::vector<std::string> list;
  for (const auto& item : value) {
    if (!item.IsScalar()) {
      report(key, "must list names only");
      return std::nullopt;
    }
    list.push_back(item.Scalar());
  }
  return list;
}

named_entries policy_yaml_mapping::entries(std::string_view key) const {
  named_entries found;
  if (!has(key)) return found;
  const YAML::Node value = node(key);
  if (!value.IsMap()) {
    report(key, "must be a mapping of names to definitions");
    return found;
  }
  std::set<std::string> seen;
  for (const auto& entry : value) {
    const auto name = entry.first.Scalar();
    const int name_line = policy_yaml_file::line_of(entry.first);
    if (!seen.insert(name).second) {
      file_.report(name_line, key_path(key) + "." + name, "defined twice; YAML keeps only one, so define it once");
      continue;
    }
    found.push_back(named_entry{name, entry.second, name_line});
  }
  return found;
}

policy_yaml_mapping policy_yaml_mapping::child(std::string_view key, std::vector<std::string> known_keys) const {
  return policy_yaml_mapping(file_, node(key), key_path(key), std::move(known_keys), key_line(key));
}

}  // namespace casegw::policy
