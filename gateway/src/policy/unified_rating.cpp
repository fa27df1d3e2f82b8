#include "policy/unified_rating.hpp"

#include <array>
#include <utility>

namespace casegw::policy {
namespace {

constexpr std::array<std::pair<unified_rating, std::string_view>, 7> rating_table{{
    {unified_rating::very_satisfied, "very_satisfied"},
    {unified_rating::satisfied, "satisfied"},
    {unified_rating::basically_satisfied, "basically_satisfied"},
    {unified_rating::dissatisfied, "dissatisfied"},
    {unified_rating::very_dissatisfied, "very_dissatisfied"},
    {unified_rating::no_answer, "no_answer"},
    {unified_rating::unreachable, "unreachable"},
}};

}  // namespace

std::string_view rating_name(unified_rating rating) {
  for (const auto& [value, name] : rating_table) {
    if (value == rating) return name;
  }
  return "no_answer";  // unreachable: every enumerator is in the table
}

std::optional<unified_rating> rating_named(std::string_view name) {
  for (const auto& [value, known] : rating_table) {
    if (known == name) return value;
  }
  return std::nullopt;
}

const std::vector<std::string>& rating_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> list;
    for (const auto& entry : rating_table) list.emplace_back(entry.second);
    return list;
  }();
  return names;
}

std::optional<bool> is_satisfied(unified_rating rating) {
  switch (rating) {
    case unified_rating::very_satisfied:
    case unified_rating::satisfied:
    case unified_rating::basically_satisfied:
      return true;
    case unified_rating::dissatisfied:
    case unified_rating::very_dissatisfied:
      return false;
    case unified_rating::no_answer:
    case unified_rating::unreachable:
      break;
  }
  return std::nullopt;
}

}  // namespace casegw::policy
