// scope.yaml validation: each kind of mistake is reported as file:line: key: problem, all of
// them in one pass, and a file with any problem yields no screener.
#include "screening/scope_rules_loader.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace casegw::screening {
namespace {

struct loaded_text {
  screening_load_result result;
  std::string problems;  // one per line, file name replaced by "scope.yaml"
};

loaded_text load_text(const std::string& yaml) {
  test_support::temp_dir dir("casegw-scope");
  const auto path = dir.file("scope.yaml");
  std::ofstream(path, std::ios::binary) << yaml;
  loaded_text out{load_scope_rules(path.string()), {}};
  for (const auto& problem : out.result.problems) {
    std::string text = problem.to_string();
    if (text.starts_with(path.string())) text = "scope.yaml" + text.substr(path.string().size());
    out.problems += text + "\n";
  }
  return out;
}

// Line 1 version, 2 rules, 3 "- id", then the given lines from line 4.
std::string one_rule(std::string_view rest, std::string_view id = "fire") {
  return "version: 1\nrules:\n  - id: " + std::string(id) + "\n" + std::string(rest);
}

struct expected_problem {
  std::string name;
  std::string yaml;
  std::string line_key_and_fragment;  // "scope.yaml:5: rules[0].exclusion: ..." (a prefix of the message)
};

// Test names, not bytes, when a case fails.
void PrintTo(const expected_problem& problem, std::ostream* out) { *out << problem.name; }

class ScopeRulesProblems : public ::testing::TestWithParam<expected_problem> {};

TEST_P(ScopeRulesProblems, AreReportedWithFileLineAndKey) {
  const auto& expected = GetParam();
  const auto loaded = load_text(expected.yaml);
  EXPECT_FALSE(loaded.result.screener);
  EXPECT_NE(loaded.problems.find(expected.line_key_and_fragment), std::string::npos) << loaded.problems;
}

INSTANTIATE_TEST_SUITE_P(
    EachMistake, ScopeRulesProblems,
    ::testing::Values(
        expected_problem{"unknown_key", one_rule("    exclusion: emergency\n    terms: [着火]\n    nera: {terms: [正在], within: 5}\n"),
                         "scope.yaml:6: rules[0]: unknown key 'nera' (did you mean 'near'?)"},
        expected_problem{"unknown_exclusion_code", one_rule("    exclusion: emergencies\n    terms: [着火]\n"),
                         "scope.yaml:4: rules[0].exclusion: 'emergencies' is not one of emergency, other_branches"},
        expected_problem{"missing_exclusion", one_rule("    terms: [着火]\n"), "scope.yaml:3: rules[0].exclusion: is required"},
        expected_problem{"empty_terms", one_rule("    exclusion: emergency\n    terms: []\n"),
                         "scope.yaml:5: rules[0].terms: lists nothing"},
        expected_problem{"empty_term", one_rule("    exclusion: emergency\n    terms:\n      - 着火\n      - \"\"\n"),
                         "scope.yaml:7: rules[0].terms[1]: must be a non-empty single value"},
        expected_problem{"term_with_trailing_space", one_rule("    exclusion: emergency\n    terms: [\"着火 \"]\n"),
                         "scope.yaml:5: rules[0].terms[0]: has leading or trailing spaces"},
        expected_problem{"star_in_term", one_rule("    exclusion: emergency\n    terms: [\"*着火\"]\n"),
                         "scope.yaml:5: rules[0].terms[0]: '*' is only meaningful in unless"},
        expected_problem{"two_stars_in_unless",
                         one_rule("    exclusion: emergency\n    terms: [着火]\n    unless: [\"*a*\"]\n"),
                         "scope.yaml:6: rules[0].unless[0]: may hold at most one '*'"},
        expected_problem{"lone_star_in_unless", one_rule("    exclusion: emergency\n    terms: [着火]\n    unless: [\"*\"]\n"),
                         "scope.yaml:6: rules[0].unless[0]: '*' alone would cancel every hit"},
        expected_problem{"duplicate_id",
                         "version: 1\nrules:\n  - id: fire\n    exclusion: emergency\n    terms: [着火]\n"
                         "  - id: fire\n    exclusion: emergency\n    terms: [冒烟]\n",
                         "scope.yaml:6: rules[1].id: 'fire' is already the id of the rule at line 3"},
        expected_problem{"bad_id", one_rule("    exclusion: emergency\n    terms: [着火]\n", "Fire Rule"),
                         "scope.yaml:3: rules[0].id: 'Fire Rule' must use only a-z"},
        expected_problem{"near_distance_zero",
                         one_rule("    exclusion: emergency\n    terms: [着火]\n    near:\n      terms: [正在]\n      within: 0\n"),
                         "scope.yaml:8: rules[0].near.within: must be a whole number from 1 to 500"},
        expected_problem{"near_distance_not_a_number",
                         one_rule("    exclusion: emergency\n    terms: [着火]\n    not_near: {terms: [万一], within: 十}\n"),
                         "scope.yaml:6: rules[0].not_near.within: must be a whole number from 1 to 500"},
        expected_problem{"near_without_terms", one_rule("    exclusion: emergency\n    terms: [着火]\n    near: {within: 5}\n"),
                         "scope.yaml:6: rules[0].near.terms: is required"},
        expected_problem{"near_unknown_key",
                         one_rule("    exclusion: emergency\n    terms: [着火]\n    near: {terms: [正在], within: 5, distance: 3}\n"),
                         "rules[0].near: unknown key 'distance'"},
        expected_problem{"neither_terms_nor_when", one_rule("    exclusion: emergency\n    refer_to: \"119\"\n"),
                         "rules[0].terms: is required unless the rule has 'when'"},
        expected_problem{"unless_without_terms",
                         one_rule("    exclusion: legal_procedures\n    when: {kind: [complaint]}\n    unless: [门口]\n"),
                         "scope.yaml:6: rules[0].unless: qualifies hits of terms, and this rule has no terms"},
        expected_problem{"unknown_kind_in_when",
                         one_rule("    exclusion: legal_procedures\n    terms: [信访]\n    when:\n      kind: [complaint, complain]\n"),
                         "scope.yaml:7: rules[0].when.kind[1]: 'complain' is not one of consultation, complaint"},
        expected_problem{"unknown_class_in_when",
                         one_rule("    exclusion: legal_procedures\n    terms: [信访]\n    when: {class: [urgent]}\n"),
                         "rules[0].when.class[0]: 'urgent' is not one of handed_down, supervised, verification"},
        expected_problem{"unknown_key_in_when",
                         one_rule("    exclusion: legal_procedures\n    terms: [信访]\n    when: {channel_id: [web]}\n"),
                         "scope.yaml:6: rules[0].when: unknown key 'channel_id'; known: kind, channel, category_code"},
        expected_problem{"empty_when", one_rule("    exclusion: legal_procedures\n    terms: [信访]\n    when: {}\n"),
                         "scope.yaml:6: rules[0].when: sets no condition"},
        expected_problem{"bad_search_in", one_rule("    exclusion: emergency\n    terms: [着火]\n    search_in: [body]\n"),
                         "scope.yaml:6: rules[0].search_in[0]: 'body' is not one of title, content"},
        expected_problem{"urgent_not_boolean", one_rule("    exclusion: emergency\n    terms: [着火]\n    urgent: maybe\n"),
                         "scope.yaml:6: rules[0].urgent: must be true or false"},
        expected_problem{"unsupported_version", "version: 2\nrules: []\n", "scope.yaml:1: version: must be a whole number from 1 to 1"},
        expected_problem{"missing_version", "rules: []\n", "version: is required"},
        expected_problem{"rules_not_a_list", "version: 1\nrules: {fire: {}}\n", "scope.yaml:2: rules: must be a list of rules"},
        expected_problem{"unknown_top_level_key", "version: 1\nrule: []\n", "scope.yaml:2: unknown key 'rule' (did you mean 'rules'?)"},
        expected_problem{"syntax_error", "version: 1\nrules:\n  - id: [unclosed\n", "scope.yaml:4: YAML syntax error"}),
    [](const ::testing::TestParamInfo<expected_problem>& info) { return info.param.name; });

TEST(ScopeRulesLoader, ReportsEveryProblemOfAFileAtOnceInLineOrder) {
  const auto loaded = load_text(
      "version: 1\nrules:\n  - id: a\n    exclusion: nope\n    terms: [x]\n  - id: b\n    exclusion: emergency\n"
      "    terms: []\n");
  ASSERT_EQ(loaded.result.problems.size(), 2u) << loaded.problems;
  EXPECT_EQ(loaded.result.problems[0].mark.line, 4);
  EXPECT_EQ(loaded.result.problems[1].mark.line, 8);
}

TEST(ScopeRulesLoader, AMissingFileIsOneProblem) {
  const auto result = load_scope_rules("/nonexistent/scope.yaml");
  EXPECT_FALSE(result.screener);
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_NE(result.problems[0].to_string().find("cannot open the rules file: does not exist"), std::string::npos);
}

TEST(ScopeRulesLoader, AValidFileYieldsAScreenerWithDefaults) {
  const auto loaded = load_text(
      "version: 1\nrules:\n"
      "  - id: fire\n    exclusion: emergency\n    refer_to: \"119\"\n    terms: [着火]\n"
      "    unless: [\"*隐患\"]\n    near: {terms: [正在], within: 5}\n"
      "  - id: quiet-fire\n    exclusion: emergency\n    urgent: false\n    search_in: [title]\n    terms: [冒烟]\n"
      "  - id: by-category\n    exclusion: legal_procedures\n    when: {category_code: [XF01]}\n");
  ASSERT_TRUE(loaded.result.screener) << loaded.problems;
  EXPECT_TRUE(loaded.result.problems.empty());
  const auto& screener = *loaded.result.screener;
  EXPECT_EQ(screener.rule_count(), 3u);
  const auto rules = screener.rules_json();
  EXPECT_EQ(rules[0].at("urgent"), true);  // emergency default
  EXPECT_EQ(rules[1].at("urgent"), false);
  EXPECT_EQ(rules[2].at("urgent"), false);
  EXPECT_EQ(screener.assess({{"title", "x"}, {"content", "正在着火"}}).rule_id, "fire");
  EXPECT_TRUE(screener.assess({{"title", "x"}, {"content", "正在着火隐患"}}).in_scope);
  EXPECT_EQ(screener.assess({{"title", "冒烟"}, {"content", "x"}}).rule_id, "quiet-fire");
  EXPECT_TRUE(screener.assess({{"title", "x"}, {"content", "冒烟"}}).in_scope);
}

TEST(ScopeRulesLoader, AnEmptyRuleListScreensNothingOut) {
  const auto loaded = load_text("version: 1\nrules: []\n");
  ASSERT_TRUE(loaded.result.screener) << loaded.problems;
  EXPECT_EQ(loaded.result.screener->rule_count(), 0u);
}

}  // namespace
}  // namespace casegw::screening
