// What every part of the loader shares while reading one configuration file: where it is (for
// marks and for resolving relative paths) and the problems found so far.
#pragma once

#include "config/config_loader.hpp"

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::config {

class key_recorder;

class load_context {
 public:
  // `file` as the operator named it (it appears in messages); `base_directory` is the absolute
  // directory that relative paths are resolved against.
  load_context(std::string file, std::filesystem::path base_directory);

  source_mark mark_of(const YAML::Node& node) const;
  source_mark file_mark() const { return {file_, 0}; }

  void report(const source_mark& mark, std::string key, std::string problem);
  void report(const YAML::Node& at, std::string key, std::string problem) { report(mark_of(at), std::move(key), std::move(problem)); }

  // Absolute and normalized; relative paths are taken from the config file's directory.
  std::string resolve_path(std::string_view path) const;

  const std::filesystem::path& base_directory() const { return base_directory_; }
  const std::vector<config_problem>& problems() const { return problems_; }
  std::vector<config_problem> take_problems();

  // Off (null) unless a test asks: every yaml_map_reader then tells it the keys it knows.
  void record_known_keys(key_recorder* recorder) { recorder_ = recorder; }
  key_recorder* known_key_recorder() const { return recorder_; }

 private:
  std::string file_;
  std::filesystem::path base_directory_;
  std::vector<config_problem> problems_;
  key_recorder* recorder_ = nullptr;
};

// Joins names for "known: a, b, c" lists.
std::string join_names(const std::vector<std::string>& names);

}  // namespace casegw::config
