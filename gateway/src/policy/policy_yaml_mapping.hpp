// Reads one YAML mapping of a policy file with typed accessors. Every accessor reports a
// malformed value as a problem naming the dotted key and its line and returns nullopt, so a
// loader can keep going and find the next mistake; the mapping itself reports keys outside its
// known set (listing the valid ones) and keys given twice.
#pragma once

#include "policy/policy_yaml_file.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::policy {

// One entry of a mapping whose keys are names chosen by the operator (profiles, channels, labels).
struct named_entry {
  std::string name;
  YAML::Node node;
  int name_line = 0;  // where the name is written: problems about the whole entry point here
};
using named_entries = std::vector<named_entry>;

class policy_yaml_mapping {
 public:
  // `header_line` is where the mapping is named (its key's line, or its list item's): problems
  // about the mapping as a whole, such as a missing key, point there.
  policy_yaml_mapping(policy_yaml_file& file, YAML::Node node, std::string path, std::vector<std::string> known_keys,
                      int header_line);

  bool has(std::string_view key) const;
  YAML::Node node(std::string_view key) const;
  std::string key_path(std::string_view key) const;
  const std::string& path() const { return path_; }
  int line() const;                          // the header line, else the mapping's first line
  int line_of(std::string_view key) const;  // the value's line, else line()
  void report(std::string_view key, std::string problem) const;
  void report_here(std::string problem) const;  // about the mapping as a whole
  policy_yaml_file& file() const { return file_; }

  bool require(std::string_view key) const;  // reports "is required" when absent
  std::optional<std::string> text(std::string_view key) const;
  std::optional<std::int64_t> integer(std::string_view key) const;
  std::optional<bool> boolean(std::string_view key) const;
  // A single name or a list of names ("kind: complaint" or "kind: [complaint, report]").
  std::optional<std::vector<std::string>> names(std::string_view key) const;
  // Entries of the nested mapping `key`, in file order; duplicates are reported and dropped.
  named_entries entries(std::string_view key) const;

  policy_yaml_mapping child(std::string_view key, std::vector<std::string> known_keys) const;

 private:
  void check_shape_and_keys() const;
  int key_line(std::string_view key) const;

  policy_yaml_file& file_;
  YAML::Node node_;
  std::string path_;
  std::vector<std::string> known_keys_;
  int header_line_;
};

// "a, b, c" for "valid: ..." lists.
std::string join_names(const std::vector<std::string>& names);

}  // namespace casegw::policy
