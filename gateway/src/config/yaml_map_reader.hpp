// Reads one YAML mapping of the configuration. Each accessor leaves the destination untouched
// (so it keeps its default) when the key is absent, and reports a problem naming the dotted key
// when the value is malformed, so one pass over a file finds every mistake in it.
#pragma once

#include "config/load_context.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::config {

class yaml_map_reader {
 public:
  // Reports a node that is not a mapping, keys outside `known_keys` and keys given twice.
  // An absent or null node reads as an empty mapping whose problems are reported at
  // `where_absent` (the line of the enclosing mapping).
  yaml_map_reader(load_context& context, YAML::Node node, std::string path, std::vector<std::string> known_keys,
                  source_mark where_absent = {});

  bool has(std::string_view key) const;
  YAML::Node node(std::string_view key) const;
  std::string key_path(std::string_view key) const;  // "intake.tls.certificate"
  source_mark mark() const;
  source_mark mark_of(std::string_view key) const;   // the value's line, else the mapping's
  load_context& context() const { return context_; }
  void report(std::string_view key, std::string problem) const;

  // Reports "is required" when absent; true when present.
  bool require(std::string_view key) const;

  void read_text(std::string_view key, std::string& out) const;
  void read_choice(std::string_view key, std::string& out, const std::vector<std::string>& allowed) const;
  void read_path(std::string_view key, std::string& out) const;  // resolved against the config file
  void read_readable_file(std::string_view key, std::string& out) const;  // resolved, must be readable
  void read_bool(std::string_view key, bool& out) const;
  void read_duration(std::string_view key, std::chrono::milliseconds& out, std::chrono::milliseconds min) const;
  void read_size(std::string_view key, std::size_t& out, std::int64_t min, std::int64_t max) const;
  template <typename Integer>
  void read_integer(std::string_view key, Integer& out, std::int64_t min, std::int64_t max) const {
    if (auto value = integer_value(key, min, max)) out = static_cast<Integer>(*value);
  }
  void read_text_list(std::string_view key, std::vector<std::string>& out) const;
  void read_text_map(std::string_view key, std::map<std::string, std::string>& out) const;

  // A nested mapping, read with its own known keys.
  yaml_map_reader child(std::string_view key, std::vector<std::string> known_keys) const;

  // A scalar's text, reporting a value that is not a single scalar.
  std::optional<std::string> scalar(std::string_view key) const;

 private:
  std::optional<std::int64_t> integer_value(std::string_view key, std::int64_t min, std::int64_t max) const;
  void check_keys() const;

  load_context& context_;
  YAML::Node node_;
  std::string path_;
  std::vector<std::string> known_keys_;
  source_mark where_absent_;
};

// Whether a file exists and this process can read it: "" when it can, else why not.
std::string file_readability_problem(const std::string& path);

// The parsed document of a YAML file, or nullopt with a problem reported: "cannot open the
// <what> file: ..." or a syntax error at the parser's line (never quoting the document).
std::optional<YAML::Node> parse_yaml_file(const std::string& path, load_context& context, std::string_view what);

}  // namespace casegw::config
