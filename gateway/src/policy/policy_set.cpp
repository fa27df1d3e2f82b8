#include "policy/policy_set.hpp"

#include <optional>

namespace casegw::policy {
namespace {

template <typename Loaded>
std::optional<Loaded> take(policy_load_result<Loaded> loaded, std::vector<std::string>& problems) {
  for (const auto& p : loaded.problems) problems.push_back(p.to_string());
  return std::move(loaded.value);
}

}  // namespace

policy_set_result load_policy_set(const policy_paths& paths) {
  policy_set_result result;
  std::optional<holiday_calendar> calendar;
  try {
    calendar = holiday_calendar::load(paths.calendar_directory);
  } catch (const calendar_load_error& e) {
    result.problems.insert(result.problems.end(), e.problems().begin(), e.problems().end());
  }
  auto deadlines = take(deadline_profiles::load(paths.deadline_profiles), result.problems);
  auto evaluation = take(evaluation_rules::load(paths.evaluation_rules), result.problems);
  if (result.problems.empty())
    result.value = std::make_shared<const policy_set>(policy_set{std::move(*calendar), std::move(*deadlines), std::move(*evaluation)});
  return result;
}

}  // namespace casegw::policy
