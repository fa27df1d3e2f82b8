#include "policy/policy_yaml_file.hpp"

#include <filesystem>

namespace casegw::policy {

policy_yaml_file::policy_yaml_file(std::string path) : path_(std::move(path)) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path_, error)) {
    report(0, "", "cannot read the file (missing or not a regular file)");
    return;
  }
  try {
    root_ = YAML::LoadFile(path_);
    parsed_ = true;
  } catch (const YAML::ParserException& parse_error) {
    report(parse_error.mark.line + 1, "", "YAML syntax error: " + parse_error.msg);
  } catch (const YAML::Exception& read_error) {
    report(0, "", "cannot read the file: " + read_error.msg);
  }
}

int policy_yaml_file::line_of(const YAML::Node& node) {
  if (!node.IsDefined()) return 0;
  const YAML::Mark mark = node.Mark();
  return mark.is_null() ? 0 : mark.line + 1;
}

void policy_yaml_file::report(int line, std::string key, std::string problem) {
  problems_.push_back(profile_problem{path_, line, std::move(key), std::move(problem)});
}

}  // namespace casegw::policy
