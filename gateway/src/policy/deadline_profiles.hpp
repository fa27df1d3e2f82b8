// Which deadline rule applies to a case, per channel, as config/policy/deadlines.yaml says.
// A profile is an ordered list of (match → rule) entries, first match wins, plus a mandatory
// default; each channel maps to one profile and may override individual rules of it by id.
// The rule carries its id and basis, so every date the calculator derives from it can be
// explained to a supervisor.
#pragma once

#include "policy/deadline_rule.hpp"
#include "policy/profile_problem.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace casegw::policy {

// What a rule can match on. `klass` is "" when the item has no special handling class.
struct case_facts {
  std::string_view kind;
  std::string_view klass;
  bool urgent = false;  // e.g. 12345 紧急件, counted in natural hours
};

// One entry of a profile: an empty list matches anything; `urgent` unset matches both.
struct rule_match {
  std::vector<std::string> kinds;
  std::vector<std::string> classes;
  std::optional<bool> urgent;

  bool matches(const case_facts& facts) const;
};

struct matched_rule {
  rule_match match;
  deadline_rule rule;
};

struct deadline_profile {
  std::string name;
  std::vector<matched_rule> rules;  // in file order: first match wins
  deadline_rule default_rule;

  const deadline_rule& rule_for(const case_facts& facts) const;
};

// channel id → its profile, overrides already applied.
using channel_profile_map = std::map<std::string, deadline_profile, std::less<>>;

class deadline_profiles {
 public:
  explicit deadline_profiles(channel_profile_map channel_profiles) : channel_profiles_(std::move(channel_profiles)) {}

  // Reads and validates the file; `value` is set only when there is no problem at all.
  static policy_load_result<deadline_profiles> load(const std::string& path);

  // Throws std::out_of_range naming the channel when it is not mapped, and
  // std::invalid_argument naming the valid words when kind or klass is not one.
  const deadline_rule& rule_for(std::string_view channel, std::string_view kind, std::string_view klass) const;
  const deadline_rule& rule_for(std::string_view channel, const case_facts& facts) const;

  // The profile a channel uses (overrides applied); throws std::out_of_range when unmapped.
  const deadline_profile& profile_of(std::string_view channel) const;

  std::vector<std::string> channels() const;  // sorted

 private:
  channel_profile_map channel_profiles_;
};

}  // namespace casegw::policy
