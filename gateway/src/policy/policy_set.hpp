// The rules every case is put through, loaded together from the policy section of the
// configuration: the working-day calendar, the channels' deadline profiles and evaluation
// rules. Immutable once loaded; shared by intake and the command-line tools.
#pragma once

#include "policy/deadline_profiles.hpp"
#include "policy/evaluation_rules.hpp"
#include "policy/holiday_calendar.hpp"

#include <memory>
#include <string>
#include <vector>

namespace casegw::policy {

struct policy_paths {
  std::string calendar_directory;
  std::string deadline_profiles;
  std::string evaluation_rules;
};

struct policy_set {
  holiday_calendar calendar;
  deadline_profiles deadlines;
  evaluation_rules evaluation;
};

struct policy_set_result {
  std::shared_ptr<const policy_set> value;  // null when problems is not empty
  std::vector<std::string> problems;        // "file:line: key: problem" or "file: problem"
};

policy_set_result load_policy_set(const policy_paths& paths);

}  // namespace casegw::policy
