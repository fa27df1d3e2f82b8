// One mistake found in a policy file (deadline profiles, evaluation rules). Loading never stops
// at the first problem: an operator fixes a file in one pass, as `check-config` promises.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace casegw::policy {

struct profile_problem {
  std::string file;
  int line = 0;         // 1-based; 0 when the problem concerns the whole file
  std::string key;      // dotted path, e.g. "profiles.platform.rules[2].rule.unit"
  std::string problem;

  // "deadlines.yaml:12: profiles.platform.rules[2].rule.unit: unknown unit "day"; valid: ..."
  std::string to_string() const;
};

// What a policy loader returns: the loaded value when the file had no problem, else the problems.
// Usable with structured bindings: `auto [profiles, problems] = deadline_profiles::load(path);`
template <typename Loaded>
struct policy_load_result {
  std::optional<Loaded> value;
  std::vector<profile_problem> problems;
};

}  // namespace casegw::policy
