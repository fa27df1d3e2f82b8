#include "config/yaml_map_reader.hpp"

#include "config/closest_name.hpp"
#include "config/config_values.hpp"
#include "config/key_recorder.hpp"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

namespace casegw::config {
namespace {

// "1KiB", "16MiB", or plain bytes, for messages about size bounds.
std::string describe_size(std::int64_t bytes) {
  constexpr std::int64_t kib = 1024;
  if (bytes >= kib * kib * kib && bytes % (kib * kib * kib) == 0) return std::to_string(bytes / (kib * kib * kib)) + "GiB";
  if (bytes >= kib * kib && bytes % (kib * kib) == 0) return std::to_string(bytes / (kib * kib)) + "MiB";
  if (bytes >= kib && bytes % kib == 0) return std::to_string(bytes / kib) + "KiB";
  return std::to_string(bytes);
}

std::string describe_duration(std::chrono::milliseconds duration) {
  const auto ms = duration.count();
  if (ms >= 1000 && ms % 1000 == 0) return std::to_string(ms / 1000) + "s";
  return std::to_string(ms) + "ms";
}

}  // namespace

yaml_map_reader::yaml_map_reader(load_context& context, YAML::Node node, std::string path,
                                 std::vector<std::string> known_keys, source_mark where_absent)
    // Anything but a mapping reads as an empty one. A fresh node, never reset() or assignment:
    // those edit the document, and throw on the "zombie" node yaml-cpp returns for absent keys.
    : context_(context), node_(node.IsDefined() && node.IsMap() ? node : YAML::Node(YAML::NodeType::Map)),
      path_(std::move(path)), known_keys_(std::move(known_keys)), where_absent_(std::move(where_absent)) {
  if (node.IsDefined() && !node.IsNull() && !node.IsMap()) {
    context_.report(node, path_, "must be a mapping of keys to values");
  }
  if (auto* recorder = context_.known_key_recorder()) recorder->record(path_, known_keys_);
  check_keys();
}

void yaml_map_reader::check_keys() const {
  std::set<std::string> seen;
  for (const auto& member : node_) {
    const std::string key = member.first.IsScalar() ? member.first.Scalar() : std::string();
    if (key.empty()) {
      context_.report(member.first, path_, "keys must be plain names");
      continue;
    }
    if (!seen.insert(key).second) {
      context_.report(member.first, key_path(key), "is given more than once");
      continue;
    }
    if (std::find(known_keys_.begin(), known_keys_.end(), key) != known_keys_.end()) continue;
    std::string problem = "unknown key '" + key + "'";
    if (auto meant = closest_name(key, known_keys_)) problem += " (did you mean '" + *meant + "'?)";
    context_.report(member.first, path_, problem + "; known: " + join_names(known_keys_));
  }
}

source_mark yaml_map_reader::mark() const {
  // A section missing from the file has no line to point at; line 1 would mislead.
  if (path_.empty()) return where_absent_.file.empty() ? context_.file_mark() : where_absent_;
  const source_mark own = context_.mark_of(node_);
  return own.line > 0 ? own : where_absent_.file.empty() ? context_.file_mark() : where_absent_;
}

bool yaml_map_reader::has(std::string_view key) const { return node(key).IsDefined(); }

YAML::Node yaml_map_reader::node(std::string_view key) const {
  const YAML::Node& map = node_;  // the const operator[] never inserts
  return map[std::string(key)];
}

std::string yaml_map_reader::key_path(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

source_mark yaml_map_reader::mark_of(std::string_view key) const {
  const YAML::Node value = node(key);
  // An empty value ("port:") carries the mark of the token after it, often the next line.
  if (value.IsDefined() && !value.IsNull()) return context_.mark_of(value);
  for (const auto& member : node_) {
    if (member.first.IsScalar() && member.first.Scalar() == key) return context_.mark_of(member.first);
  }
  return mark();
}

void yaml_map_reader::report(std::string_view key, std::string problem) const {
  context_.report(mark_of(key), key_path(key), std::move(problem));
}

bool yaml_map_reader::require(std::string_view key) const {
  if (has(key)) return true;
  report(key, "is required");
  return false;
}

std::optional<std::string> yaml_map_reader::scalar(std::string_view key) const {
  const YAML::Node value = node(key);
  if (!value.IsDefined()) return std::nullopt;
  if (value.IsNull()) {
    report(key, "has no value");
    return std::nullopt;
  }
  if (!value.IsScalar()) {
    report(key, value.IsSequence() ? "must be a single value, not a list" : "must be a single value, not a mapping");
    return std::nullopt;
  }
  return value.Scalar();
}

void yaml_map_reader::read_text(std::string_view key, std::string& out) const {
  if (auto text = scalar(key)) {
    if (text->empty()) {
      report(key, "must not be empty");
    } else {
      out = std::move(*text);
    }
  }
}

void yaml_map_reader::read_choice(std::string_view key, std::string& out, const std::vector<std::string>& allowed) const {
  const auto text = scalar(key);
  if (!text) return;
  if (std::find(allowed.begin(), allowed.end(), *text) != allowed.end()) {
    out = *text;
    return;
  }
  std::string problem = "'" + *text + "' is not one of " + join_names(allowed);
  if (auto meant = closest_name(*text, allowed)) problem += " (did you mean '" + *meant + "'?)";
  report(key, problem);
}

void yaml_map_reader::read_path(std::string_view key, std::string& out) const {
  std::string text;
  read_text(key, text);
  if (!text.empty()) out = context_.resolve_path(text);
}

void yaml_map_reader::read_readable_file(std::string_view key, std::string& out) const {
  std::string path;
  read_path(key, path);
  if (path.empty()) return;
  out = path;
  if (auto why = file_readability_problem(path); !why.empty()) report(key, "'" + path + "' " + why);
}

void yaml_map_reader::read_bool(std::string_view key, bool& out) const {
  const auto text = scalar(key);
  if (!text) return;
  if (auto value = parse_bool(*text)) {
    out = *value;
  } else {
    report(key, "must be true or false");
  }
}

void yaml_map_reader::read_duration(std::string_view key, std::chrono::milliseconds& out,
                                    std::chrono::milliseconds min) const {
  const auto text = scalar(key);
  if (!text) return;
  const auto ms = parse_duration_ms(*text);
  if (!ms) {
    report(key, "must be a duration such as 250ms, 30s, 5m or 1h");
  } else if (std::chrono::milliseconds(*ms) < min) {
    report(key, "must be at least " + describe_duration(min));
  } else {
    out = std::chrono::milliseconds(*ms);
  }
}

void yaml_map_reader::read_size(std::string_view key, std::size_t& out, std::int64_t min, std::int64_t max) const {
  const auto text = scalar(key);
  if (!text) return;
  const auto bytes = parse_size_bytes(*text);
  if (!bytes) {
    report(key, "must be a size such as 512, 64KiB, 2MiB or 1GiB");
  } else if (*bytes < min || *bytes > max) {
    report(key, "must be from " + describe_size(min) + " to " + describe_size(max));
  } else {
    out = static_cast<std::size_t>(*bytes);
  }
}

std::optional<std::int64_t> yaml_map_reader::integer_value(std::string_view key, std::int64_t min, std::int64_t max) const {
  const auto text = scalar(key);
  if (!text) return std::nullopt;
  const auto value = parse_int(*text);
  if (value && *value >= min && *value <= max) return value;
  report(key, "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
  return std::nullopt;
}

void yaml_map_reader::read_text_list(std::string_view key, std::vector<std::string>& out) const {
  const YAML::Node list = node(key);
  if (!list.IsDefined()) return;
  if (!list.IsSequence()) {
    report(key, "must be a list, e.g. [a, b]");
    return;
  }
  out.clear();
  for (std::size_t i = 0; i < list.size(); ++i) {
    const YAML::Node item = list[i];
    if (item.IsScalar() && !item.Scalar().empty()) {
      out.push_back(item.Scalar());
    } else {
      context_.report(item, key_path(key) + "[" + std::to_string(i) + "]", "must be a non-empty single value");
    }
  }
}

void yaml_map_reader::read_text_map(std::string_view key, std::map<std::string, std::string>& out) const {
  const YAML::Node map = node(key);
  if (!map.IsDefined() || map.IsNull()) return;
  if (!map.IsMap()) {
    report(key, "must be a mapping of names to values");
    return;
  }
  for (const auto& member : map) {
    const std::string name = member.first.IsScalar() ? member.first.Scalar() : std::string();
    if (name.empty() || !member.second.IsScalar()) {
      context_.report(member.second, key_path(key) + (name.empty() ? "" : "." + name), "must map a name to a single value");
    } else if (!out.emplace(name, member.second.Scalar()).second) {
      context_.report(member.first, key_path(key) + "." + name, "is given more than once");
    }
  }
}

yaml_map_reader yaml_map_reader::child(std::string_view key, std::vector<std::string> known_keys) const {
  return yaml_map_reader(context_, node(key), key_path(key), std::move(known_keys), mark_of(key));
}

std::string file_readability_problem(const std::string& path) {
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (!std::filesystem::exists(status)) return "does not exist";
  if (std::filesystem::is_directory(status)) return "is a directory, not a file";
  if (::access(path.c_str(), R_OK) != 0) return "is not readable by this process";
  return {};
}

std::optional<YAML::Node> parse_yaml_file(const std::string& path, load_context& context, std::string_view what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    context.report(context.file_mark(), "",
                   "cannot open the " + std::string(what) + " file: " + file_readability_problem(path));
    return std::nullopt;
  }
  try {
    return YAML::Load(in);
  } catch (const YAML::Exception& e) {
    // e.msg describes the syntax error without the document's text.
    context.report(source_mark{path, e.mark.line >= 0 ? e.mark.line + 1 : 0}, "", "YAML syntax error: " + e.msg);
    return std::nullopt;
  }
}

}  // namespace casegw::config
