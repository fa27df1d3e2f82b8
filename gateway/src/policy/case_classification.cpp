#include "policy/case_classification.hpp"

#include "unified_case/case_vocabulary.hpp"

#include <algorithm>

namespace casegw::policy {

const std::vector<std::string>& case_kinds() { return unified_case::case_kinds(); }

const std::vector<std::string>& case_classes() { return unified_case::case_classes(); }

bool is_case_kind(std::string_view word) {
  const auto& kinds = case_kinds();
  return std::find(kinds.begin(), kinds.end(), word) != kinds.end();
}

bool is_case_class(std::string_view word) {
  const auto& classes = case_classes();
  return std::find(classes.begin(), classes.end(), word) != classes.end();
}

}  // namespace casegw::policy
