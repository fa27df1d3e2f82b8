#include "config/load_context.hpp"

#include <algorithm>

namespace casegw::config {

load_context::load_context(std::string file, std::filesystem::path base_directory)
    : file_(std::move(file)), base_directory_(std::move(base_directory)) {}

source_mark load_context::mark_of(const YAML::Node& node) const {
  // yaml-cpp counts lines from 0 and gives -1 for nodes that are not in the document.
  const int line = node.IsDefined() ? node.Mark().line : -1;
  return source_mark{file_, line >= 0 ? line + 1 : 0};
}

void load_context::report(const source_mark& mark, std::string key, std::string problem) {
  problems_.push_back(config_problem{mark, std::move(key), std::move(problem)});
}

std::string load_context::resolve_path(std::string_view path) const {
  const std::filesystem::path given(path);
  const std::filesystem::path absolute = given.is_absolute() ? given : base_directory_ / given;
  return absolute.lexically_normal().string();
}

std::vector<config_problem> load_context::take_problems() {
  // File order, as an operator reads them; problems about the whole file come first.
  std::stable_sort(problems_.begin(), problems_.end(),
                   [](const config_problem& a, const config_problem& b) { return a.mark.line < b.mark.line; });
  return std::move(problems_);
}

std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names) {
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

}  // namespace casegw::config
