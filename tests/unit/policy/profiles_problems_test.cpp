// deadlines.yaml validation: each kind of mistake is reported with its file, line and key, and
// all of them in one pass.
#include "policy/deadline_profiles.hpp"
#include "profiles_test_file.hpp"

#include <gtest/gtest.h>

namespace casegw::policy {
namespace {

using testing::problems_text;
using testing::profiles_test_file;

struct expected_problem {
  std::string name;       // the test's name
  std::string yaml;       // a whole file; its first line is line 1
  int line;
  std::string key;
  std::string fragment;   // part of the problem text
};

// A valid skeleton the cases below break in one place each; `{}` markers keep lines countable.
std::string file_with(std::string_view profile_body, std::string_view channels = "  web: {profile: p}\n") {
  return "version: 1\n"
         "profiles:\n"
         "  p:\n" +
         std::string(profile_body) + "channels:\n" + std::string(channels);
}

const std::string good_default = "    default: {id: p.default, unit: working_days, amount: 15, basis: b}\n";

std::vector<expected_problem> problem_cases() {
  return {
      {"unknown_top_level_key_lists_valid_ones", "version: 1\nprofile:\n  p: {}\nprofiles: {}\nchannels: {}\n", 2,
       "profile", "unknown key; valid: version, profiles, channels"},
      {"unknown_rule_key_lists_valid_ones",
       file_with("    default: {id: p.default, unit: working_days, amount: 15, basis: b, amout: 3}\n"), 4,
       "profiles.p.default.amout", "valid: id, unit, amount, basis, assigned_deadline_wins"},
      {"unknown_profile_key", file_with("    ruls: []\n" + good_default), 4, "profiles.p.ruls",
       "valid: description, rules, default"},
      {"unknown_unit", file_with("    default: {id: p.default, unit: days, amount: 15, basis: b}\n"), 4,
       "profiles.p.default.unit", "unknown unit \"days\"; valid: working_days, calendar_days, hours"},
      {"unknown_kind",
       file_with("    rules:\n"
                 "      - match: {kind: [complaint, inquiry]}\n"
                 "        rule: {id: p.x, unit: hours, amount: 5, basis: b}\n" +
                 good_default),
       5, "profiles.p.rules[0].match.kind", "unknown kind \"inquiry\"; valid: consultation, complaint"},
      {"unknown_class",
       file_with("    rules:\n"
                 "      - match: {class: listed}\n"
                 "        rule: {id: p.x, unit: hours, amount: 5, basis: b}\n" +
                 good_default),
       5, "profiles.p.rules[0].match.class", "unknown class \"listed\"; valid: handed_down, supervised, verification"},
      {"zero_amount", file_with("    default: {id: p.default, unit: working_days, amount: 0, basis: b}\n"), 4,
       "profiles.p.default.amount", "must be at least 1"},
      {"negative_amount", file_with("    default: {id: p.default, unit: hours, amount: -3, basis: b}\n"), 4,
       "profiles.p.default.amount", "must be at least 1"},
      {"absurd_days", file_with("    default: {id: p.default, unit: calendar_days, amount: 366, basis: b}\n"), 4,
       "profiles.p.default.amount", "is absurd: 366 is more than a year (365 days)"},
      {"absurd_hours", file_with("    default: {id: p.default, unit: hours, amount: 8761, basis: b}\n"), 4,
       "profiles.p.default.amount", "is absurd: 8761 is more than a year (8760 hours)"},
      {"amount_not_a_number", file_with("    default: {id: p.default, unit: hours, amount: ten, basis: b}\n"), 4,
       "profiles.p.default.amount", "must be a whole number"},
      {"profile_without_default",
       file_with("    rules:\n"
                 "      - match: {kind: consultation}\n"
                 "        rule: {id: p.x, unit: hours, amount: 5, basis: b}\n"),
       3, "profiles.p", "has no default rule"},
      {"rule_without_basis", file_with("    default: {id: p.default, unit: hours, amount: 5}\n"), 4,
       "profiles.p.default.basis", "is required"},
      {"match_that_matches_everything",
       file_with("    rules:\n"
                 "      - match: {}\n"
                 "        rule: {id: p.x, unit: hours, amount: 5, basis: b}\n" +
                 good_default),
       5, "profiles.p.rules[0].match", "matches every case"},
      {"channel_mapped_to_unknown_profile", file_with(good_default, "  web: {profile: portal}\n"), 6,
       "channels.web.profile", "unknown profile \"portal\"; defined: p"},
      {"duplicate_rule_id",
       file_with("    rules:\n"
                 "      - match: {kind: consultation}\n"
                 "        rule: {id: p.default, unit: hours, amount: 5, basis: b}\n" +
                 good_default),
       7, "profiles.p.default.id", "duplicate rule id \"p.default\" (first used at line 6)"},
      {"override_reusing_the_profile_rule_id",
       file_with(good_default, "  web:\n    profile: p\n    overrides:\n      p.default: {id: p.default, basis: b}\n"), 9,
       "channels.web.overrides.p.default.id", "duplicate rule id"},
      {"override_of_a_rule_the_profile_lacks",
       file_with(good_default, "  web:\n    profile: p\n    overrides:\n      p.consultation: {id: web.c, basis: b}\n"), 9,
       "channels.web.overrides.p.consultation", "has no rule with this id; rule ids: p.default"},
      {"override_with_absurd_amount",
       file_with(good_default,
                 "  web:\n    profile: p\n    overrides:\n      p.default: {id: web.d, basis: b, amount: 400}\n"),
       9, "channels.web.overrides.p.default.amount", "is absurd"},
      {"override_switching_unit_makes_inherited_amount_absurd",
       file_with("    default: {id: p.default, unit: hours, amount: 400, basis: b}\n",
                 "  web:\n    profile: p\n    overrides:\n      p.default: {id: web.d, basis: b, unit: working_days}\n"),
       9, "channels.web.overrides.p.default.amount", "is absurd"},
      {"profile_defined_twice", file_with(good_default + "  p:\n" + good_default), 5, "profiles.p", "defined twice"},
      {"unsupported_version", "version: 2\nprofiles: {}\nchannels: {}\n", 1, "version", "unsupported version 2"},
      {"yaml_syntax_error", "version: 1\nprofiles:\n  p: [unclosed\n", 4, "", "YAML syntax error"},
  };
}

class profile_problems : public ::testing::TestWithParam<expected_problem> {};

TEST_P(profile_problems, reported_with_line_and_key) {
  const auto& expected = GetParam();
  const profiles_test_file file(expected.yaml);
  const auto [loaded, problems] = deadline_profiles::load(file.path());
  ASSERT_FALSE(loaded) << expected.yaml;
  bool found = false;
  for (const auto& problem : problems) {
    EXPECT_EQ(problem.file, file.path());
    if (problem.line == expected.line && problem.key == expected.key &&
        problem.problem.find(expected.fragment) != std::string::npos) {
      found = true;
    }
  }
  EXPECT_TRUE(found) << "wanted line " << expected.line << " " << expected.key << ": " << expected.fragment
                     << "\ngot:\n"
                     << problems_text(problems) << "in:\n"
                     << expected.yaml;
}

INSTANTIATE_TEST_SUITE_P(every_kind, profile_problems, ::testing::ValuesIn(problem_cases()),
                         [](const auto& info) { return info.param.name; });

TEST(profile_problems_in_one_pass, every_mistake_in_a_file_is_reported_not_just_the_first) {
  const profiles_test_file file(
      "version: 1\n"
      "profiles:\n"
      "  p:\n"                                                                    // 3: no default
      "    rules:\n"
      "      - match: {kind: inquiry}\n"                                          // 5: unknown kind
      "        rule: {id: p.x, unit: weeks, amount: 5, basis: b}\n"              // 6: unknown unit
      "  q:\n"
      "    default: {id: p.x, unit: hours, amount: 0, basis: b}\n"               // 8: duplicate id, amount 0
      "channels:\n"
      "  web: {profile: r}\n");                                                  // 10: unknown profile
  const auto [loaded, problems] = deadline_profiles::load(file.path());
  ASSERT_FALSE(loaded);
  std::vector<int> lines;
  for (const auto& problem : problems) lines.push_back(problem.line);
  EXPECT_EQ(lines, (std::vector<int>{5, 6, 3, 8, 8, 10})) << problems_text(problems);
}

TEST(profile_problems_in_one_pass, missing_file_is_one_problem_naming_it) {
  const auto [loaded, problems] = deadline_profiles::load("/nonexistent/deadlines.yaml");
  ASSERT_FALSE(loaded);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].to_string(), "/nonexistent/deadlines.yaml: cannot read the file (missing or not a regular file)");
}

TEST(profile_problems_in_one_pass, problem_text_reads_file_line_key_problem) {
  const profile_problem problem{"deadlines.yaml", 12, "profiles.p.default.unit", "unknown unit \"days\""};
  EXPECT_EQ(problem.to_string(), "deadlines.yaml:12: profiles.p.default.unit: unknown unit \"days\"");
}

}  // namespace
}  // namespace casegw::policy
