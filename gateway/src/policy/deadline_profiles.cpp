#include "policy/deadline_profiles.hpp"

#include "policy/case_classification.hpp"
#include "policy/policy_yaml_mapping.hpp"

#include <algorithm>
#include <stdexcept>

namespace casegw::policy {
namespace {

bool contains_or_empty(const std::vector<std::string>& words, std::string_view word) {
  return words.empty() || std::find(words.begin(), words.end(), word) != words.end();
}

// Bad input is a caller's mistake (CLI flag, adapter bug); naming the valid words makes it
// fixable without reading the source. The rejected word itself is short and operator-typed.
void check_facts(const case_facts& facts) {
  if (!is_case_kind(facts.kind)) {
    throw std::invalid_argument("unknown case kind \"" + std::string(facts.kind) +
                                "\"; valid: " + join_names(case_kinds()));
  }
  if (!facts.klass.empty() && !is_case_class(facts.klass)) {
    throw std::invalid_argument("unknown case class \"" + std::string(facts.klass) +
                                "\"; valid: " + join_names(case_classes()) + " (or none)");
  }
}

}  // namespace

bool rule_match::matches(const case_facts& facts) const {
  if (!contains_or_empty(kinds, facts.kind)) return false;
  // A rule that names classes never matches an item without one.
  if (!classes.empty() && (facts.klass.empty() || !contains_or_empty(classes, facts.klass))) return false;
  return !urgent || *urgent == facts.urgent;
}

const deadline_rule& deadline_profile::rule_for(const case_facts& facts) const {
  for (const auto& entry : rules) {
    if (entry.match.matches(facts)) return entry.rule;
  }
  return default_rule;
}

const deadline_profile& deadline_profiles::profile_of(std::string_view channel) const {
  const auto found = channel_profiles_.find(channel);
  if (found == channel_profiles_.end()) {
    throw std::out_of_range("channel \"" + std::string(channel) +
                            "\" has no deadline profile; mapped channels: " + join_names(channels()));
  }
  return found->second;
}

const deadline_rule& deadline_profiles::rule_for(std::string_view channel, const case_facts& facts) const {
  const deadline_profile& profile = profile_of(channel);
  check_facts(facts);
  return profile.rule_for(facts);
}

const deadline_rule& deadline_profiles::rule_for(std::string_view channel, std::string_view kind,
                                                 std::string_view klass) const {
  return rule_for(channel, case_facts{kind, klass, false});
}

std::vector<std::string> deadline_profiles::channels() const {
  std::vector<std::string> names;
  for (const auto& [channel, profile] : channel_profiles_) names.push_back(channel);
  return names;
}

}  // namespace casegw::policy
