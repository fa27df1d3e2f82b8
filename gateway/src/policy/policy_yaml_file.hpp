// A policy file as read from disk: its parsed YAML and the problems found in it so far. Every
// reader of the file reports into it, so one load lists every mistake with its line.
#pragma once

#include "policy/profile_problem.hpp"

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

namespace casegw::policy {

class policy_yaml_file {
 public:
  // A file that cannot be read or parsed becomes a problem (with the parser's line) and an
  // undefined root; the loader then stops, since nothing else in it can be trusted.
  explicit policy_yaml_file(std::string path);

  bool parsed() const { return parsed_; }
  const YAML::Node& root() const { return root_; }
  const std::string& path() const { return path_; }

  // 1-based line of a node, or 0 when yaml-cpp has no position for it (absent nodes).
  static int line_of(const YAML::Node& node);

  void report(int line, std::string key, std::string problem);
  bool has_problems() const { return !problems_.empty(); }
  std::vector<profile_problem> take_problems() { return std::move(problems_); }

 private:
  std::string path_;
  YAML::Node root_;
  bool parsed_ = false;
  std::vector<profile_problem> problems_;
};

}  // namespace casegw::policy
