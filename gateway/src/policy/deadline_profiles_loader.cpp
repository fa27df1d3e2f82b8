// Reads config/policy/deadlines.yaml into deadline_profiles, reporting every problem with its
// line. The file's layout is documented in the file itself and in docs/policy-profiles.md.
#include "policy/case_classification.hpp"
#include "policy/deadline_profiles.hpp"
#include "policy/policy_yaml_mapping.hpp"

#include <algorithm>
#include <map>

namespace casegw::policy {
namespace {

const std::vector<std::string> file_keys{"version", "profiles", "channels"};
const std::vector<std::string> profile_keys{"description", "rules", "default"};
const std::vector<std::string> entry_keys{"match", "rule"};
const std::vector<std::string> match_keys{"kind", "class", "urgent"};
const std::vector<std::string> rule_keys{"id", "unit", "amount", "basis", "assigned_deadline_wins"};
const std::vector<std::string> channel_keys{"profile", "overrides"};
const std::vector<std::string> unit_names{"working_days", "calendar_days", "hours"};

// A deadline longer than a year is a typo (an extra zero), not a rule anyone signed.
constexpr std::int64_t max_days = 365;
constexpr std::int64_t max_hours = 8760;

std::optional<deadline_unit> unit_named(std::string_view name) {
  if (name == "working_days") return deadline_unit::working_days;
  if (name == "calendar_days") return deadline_unit::calendar_days;
  if (name == "hours") return deadline_unit::hours;
  return std::nullopt;
}

class profiles_reader {
 public:
  explicit profiles_reader(policy_yaml_file& file) : file_(file) {}

  std::optional<channel_profile_map> read() {
    const policy_yaml_mapping top(file_, file_.root(), "", file_keys, 1);
    check_version(top);
    top.require("profiles");
    top.require("channels");
    std::map<std::string, deadline_profile> profiles;
    for (const auto& entry : top.entries("profiles")) {
      const policy_yaml_mapping profile(file_, entry.node, "profiles." + entry.name, profile_keys, entry.name_line);
      profiles[entry.name] = read_profile(profile, entry.name);
    }
    channel_profile_map channels;
    for (const auto& entry : top.entries("channels")) {
      const policy_yaml_mapping channel(file_, entry.node, "channels." + entry.name, channel_keys, entry.name_line);
      if (auto profile = read_channel(channel, profiles)) channels.emplace(entry.name, std::move(*profile));
    }
    if (top.has("channels") && channels.empty() && !file_.has_problems()) {
      top.report("channels", "maps no channel; every channel the gateway serves needs a profile");
    }
    if (file_.has_problems()) return std::nullopt;
    return channels;
  }

 private:
  void check_version(const policy_yaml_mapping& top) {
    if (!top.require("version")) return;
    if (const auto version = top.integer("version"); version && *version != 1) {
      top.report("version", "unsupported version " + std::to_string(*version) + "; this gateway reads version 1");
    }
  }

  deadline_profile read_profile(const policy_yaml_mapping& profile, const std::string& name) {
    deadline_profile result;
    result.name = name;
    if (profile.has("rules")) {
      const YAML::Node rules = profile.node("rules");
      if (!rules.IsSequence()) {
        profile.report("rules", "must be a list of {match, rule} entries");
      } else {
        for (std::size_t index = 0; index < rules.size(); ++index) {
          const policy_yaml_mapping entry(file_, rules[index], profile.key_path("rules") + "[" + std::to_string(index) + "]",
                                          entry_keys, policy_yaml_file::line_of(rules[index]));
          if (auto matched = read_entry(entry)) result.rules.push_back(std::move(*matched));
        }
      }
    }
    if (!profile.has("default")) {
      profile.report_here("has no default rule; add `default:` for the cases no rule matches");
    } else if (auto fallback = read_rule(profile.child("default", rule_keys), nullptr)) {
      result.default_rule = std::move(*fallback);
    }
    return result;
  }

  std::optional<matched_rule> read_entry(const policy_yaml_mapping& entry) {
    const bool has_match = entry.require("match");
    const bool has_rule = entry.require("rule");
    std::optional<rule_match> match;
    if (has_match) match = read_match(entry.child("match", match_keys));
    std::optional<deadline_rule> rule;
    if (has_rule) rule = read_rule(entry.child("rule", rule_keys), nullptr);
    if (!match || !rule) return std::nullopt;
    return matched_rule{std::move(*match), std::move(*rule)};
  }

  std::optional<rule_match> read_match(const policy_yaml_mapping& match) {
    rule_match result;
    bool valid = true;
    if (const auto kinds = match.names("kind")) {
      valid &= all_known(match, "kind", *kinds, case_kinds(), "kind");
      result.kinds = *kinds;
    }
    if (const auto classes = match.names("class")) {
      valid &= all_known(match, "class", *classes, case_classes(), "class");
      result.classes = *classes;
    }
    result.urgent = match.boolean("urgent");
    if (result.kinds.empty() && result.classes.empty() && !result.urgent) {
      match.report_here("matches every case; name a kind, class or urgent, or make it the profile's default");
      valid = false;
    }
    return valid ? std::optional<rule_match>(std::move(result)) : std::nullopt;
  }

  bool all_known(const policy_yaml_mapping& match, std::string_view key, const std::vector<std::string>& words,
                 const std::vector<std::string>& valid_words, std::string_view what) {
    bool all = true;
    for (const auto& word : words) {
      if (std::find(valid_words.begin(), valid_words.end(), word) == valid_words.end()) {
        match.report(key, "unknown " + std::string(what) + " \"" + word + "\"; valid: " + join_names(valid_words));
        all = false;
      }
    }
    return all;
  }

  // A full rule, or (with `base`) an override that inherits what it does not restate. An
  // override must restate id and basis: the id explains the date, so it must differ from the
  // profile's, and the basis must say why this channel differs.
  std::optional<deadline_rule> read_rule(const policy_yaml_mapping& rule, const deadline_rule* base) {
    deadline_rule result = base ? *base : deadline_rule{};
    bool valid = rule.require("id") & rule.require("basis");
    if (!base) valid &= rule.require("unit") & rule.require("amount");
    if (const auto id = rule.text("id")) {
      valid &= register_id(rule, *id);
      result.id = *id;
    }
    if (const auto basis = rule.text("basis")) result.basis = *basis;
    if (const auto unit = rule.text("unit")) {
      const auto parsed = unit_named(*unit);
      if (!parsed) rule.report("unit", "unknown unit \"" + *unit + "\"; valid: " + join_names(unit_names));
      valid &= parsed.has_value();
      result.unit = parsed.value_or(result.unit);
    }
    if (const auto wins = rule.boolean("assigned_deadline_wins")) result.assigned_deadline_wins = *wins;
    if (const auto amount = rule.integer("amount")) {
      valid &= amount_is_sane(rule, *amount, result.unit);
      result.amount = static_cast<int>(std::clamp<std::int64_t>(*amount, 0, max_hours));
    } else if (base && rule.has("unit")) {
      valid &= amount_is_sane(rule, result.amount, result.unit);  // inherited amount, new unit
    }
    return valid ? std::optional<deadline_rule>(std::move(result)) : std::nullopt;
  }

  static bool amount_is_sane(const policy_yaml_mapping& rule, std::int64_t amount, deadline_unit unit) {
    if (amount <= 0) {
      rule.report("amount", "must be at least 1, got " + std::to_string(amount));
      return false;
    }
    const bool in_hours = unit == deadline_unit::hours;
    const std::int64_t limit = in_hours ? max_hours : max_days;
    if (amount <= limit) return true;
    rule.report("amount", "is absurd: " + std::to_string(amount) + " is more than a year (" + std::to_string(limit) +
                              (in_hours ? " hours" : " days") + "); check for a typo");
    return false;
  }

  bool register_id(const policy_yaml_mapping& rule, const std::string& id) {
    if (id.empty()) {
      rule.report("id", "must not be empty");
      return false;
    }
    const auto [previous, inserted] = id_lines_.emplace(id, rule.line_of("id"));
    if (inserted) return true;
    rule.report("id", "duplicate rule id \"" + id + "\" (first used at line " + std::to_string(previous->second) +
                          "); every rule needs its own id so a date can be traced to it");
    return false;
  }

  std::optional<deadline_profile> read_channel(const policy_yaml_mapping& channel,
                                               const std::map<std::string, deadline_profile>& profiles) {
    const auto profile_name = channel.require("profile") ? channel.text("profile") : std::nullopt;
    if (!profile_name) return std::nullopt;
    const auto found = profiles.find(*profile_name);
    if (found == profiles.end()) {
      std::vector<std::string> known;
      for (const auto& [name, profile] : profiles) known.push_back(name);
      channel.report("profile", "unknown profile \"" + *profile_name + "\"; defined: " + join_names(known));
      return std::nullopt;
    }
    deadline_profile resolved = found->second;
    for (const auto& [rule_id, node, name_line] : channel.entries("overrides")) {
      const policy_yaml_mapping override_rule(file_, node, channel.key_path("overrides") + "." + rule_id, rule_keys,
                                              name_line);
      deadline_rule* base = rule_with_id(resolved, rule_id);
      if (!base) {
        file_.report(name_line, override_rule.path(), "profile \"" + *profile_name + "\" has no rule with this id; rule ids: " +
                                  join_names(rule_ids(resolved)));
        continue;
      }
      if (auto replaced = read_rule(override_rule, base)) *base = std::move(*replaced);
    }
    return resolved;
  }

  static deadline_rule* rule_with_id(deadline_profile& profile, std::string_view id) {
    for (auto& entry : profile.rules) {
      if (entry.rule.id == id) return &entry.rule;
    }
    return profile.default_rule.id == id ? &profile.default_rule : nullptr;
  }

  static std::vector<std::string> rule_ids(const deadline_profile& profile) {
    std::vector<std::string> ids;
    for (const auto& entry : profile.rules) ids.push_back(entry.rule.id);
    ids.push_back(profile.default_rule.id);
    return ids;
  }

  policy_yaml_file& file_;
  std::map<std::string, int> id_lines_;  // rule id → line of its first use
};

}  // namespace

policy_load_result<deadline_profiles> deadline_profiles::load(const std::string& path) {
  policy_yaml_file file(path);
  if (!file.parsed()) return {std::nullopt, file.take_problems()};
  auto channels = profiles_reader(file).read();
  if (!channels) return {std::nullopt, file.take_problems()};
  return {deadline_profiles(std::move(*channels)), {}};
}

}  // namespace casegw::policy
