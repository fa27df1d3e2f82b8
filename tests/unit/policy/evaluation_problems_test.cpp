// evaluation.yaml validation: each kind of mistake is reported with its file, line and key.
#include "policy/evaluation_rules.hpp"
#include "profiles_test_file.hpp"

#include <gtest/gtest.h>

namespace casegw::policy {
namespace {

using testing::problems_text;
using testing::profiles_test_file;

struct expected_problem {
  std::string name;
  std::string yaml;  // a whole file; its first line is line 1
  int line;
  std::string key;
  std::string fragment;
};

// Lines: 1 version, 2 scales, 3 s, 4 labels, 5 label, 6 profiles, 7 p, 8 collector, 9 scale,
// 10 channels, 11 web.
std::string file_with(std::string_view label_line = "      满意: satisfied\n",
                      std::string_view collector_line = "    collector: platform\n",
                      std::string_view scale_line = "    scale: s\n",
                      std::string_view channel_line = "  web: {profile: p}\n") {
  return "version: 1\nscales:\n  s:\n    labels:\n" + std::string(label_line) + "profiles:\n  p:\n" +
         std::string(collector_line) + std::string(scale_line) + "channels:\n" + std::string(channel_line);
}

std::vector<expected_problem> problem_cases() {
  return {
      {"unknown_unified_rating", file_with("      满意: happy\n"), 5, "scales.s.labels.满意",
       "unknown unified rating \"happy\"; valid: very_satisfied, satisfied"},
      {"label_mapped_to_a_list", file_with("      满意: [satisfied]\n"), 5, "scales.s.labels.满意",
       "must name one unified rating"},
      {"label_given_twice", file_with("      满意: satisfied\n      满意: dissatisfied\n"), 6, "scales.s.labels.满意",
       "defined twice"},
      {"empty_scale", file_with("      {}\n"), 5, "scales.s.labels", "lists no label"},
      {"unknown_collector", file_with("      满意: satisfied\n", "    collector: hotline\n"), 8,
       "profiles.p.collector", "unknown collector \"hotline\"; valid: platform, channel"},
      {"missing_collector", file_with("      满意: satisfied\n", ""), 7, "profiles.p.collector", "is required"},
      {"unknown_scale", file_with("      满意: satisfied\n", "    collector: channel\n", "    scale: five_star\n"), 9,
       "profiles.p.scale", "unknown scale \"five_star\"; defined: s"},
      {"channel_mapped_to_unknown_profile",
       file_with("      满意: satisfied\n", "    collector: channel\n", "    scale: s\n", "  web: {profile: q}\n"), 11,
       "channels.web.profile", "unknown profile \"q\"; defined: p"},
      {"unknown_channel_key",
       file_with("      满意: satisfied\n", "    collector: channel\n", "    scale: s\n",
                 "  web: {profile: p, scale: s}\n"),
       11, "channels.web.scale", "unknown key; valid: profile"},
      {"unknown_profile_key",
       file_with("      满意: satisfied\n", "    collector: channel\n    collecter: platform\n"), 9,
       "profiles.p.collecter", "unknown key; valid: description, collector, scale"},
      {"unknown_top_level_key", "version: 1\nscale: {}\nscales: {}\nprofiles: {}\nchannels: {}\n", 2, "scale",
       "unknown key; valid: version, scales, profiles, channels"},
      {"missing_version", "scales: {}\nprofiles: {}\nchannels: {}\n", 1, "version", "is required"},
  };
}

class evaluation_problems : public ::testing::TestWithParam<expected_problem> {};

TEST_P(evaluation_problems, reported_with_line_and_key) {
  const auto& expected = GetParam();
  const profiles_test_file file(expected.yaml);
  const auto [loaded, problems] = evaluation_rules::load(file.path());
  ASSERT_FALSE(loaded) << expected.yaml;
  bool found = false;
  for (const auto& problem : problems) {
    if (problem.file == file.path() && problem.line == expected.line && problem.key == expected.key &&
        problem.problem.find(expected.fragment) != std::string::npos) {
      found = true;
    }
  }
  EXPECT_TRUE(found) << "wanted line " << expected.line << " " << expected.key << ": " << expected.fragment
                     << "\ngot:\n"
                     << problems_text(problems) << "in:\n"
                     << expected.yaml;
}

INSTANTIATE_TEST_SUITE_P(every_kind, evaluation_problems, ::testing::ValuesIn(problem_cases()),
                         [](const auto& info) { return info.param.name; });

TEST(evaluation_problems_in_one_pass, a_valid_minimal_file_loads) {
  const profiles_test_file file(file_with());
  const auto [loaded, problems] = evaluation_rules::load(file.path());
  ASSERT_TRUE(loaded) << problems_text(problems);
  EXPECT_EQ(loaded->normalize("web", "满意").normalized, unified_rating::satisfied);
}

TEST(evaluation_problems_in_one_pass, every_mistake_is_reported) {
  const profiles_test_file file(
      file_with("      满意: happy\n", "    collector: nobody\n", "    scale: none\n", "  web: {profile: q}\n"));
  const auto [loaded, problems] = evaluation_rules::load(file.path());
  ASSERT_FALSE(loaded);
  std::vector<int> lines;
  for (const auto& problem : problems) lines.push_back(problem.line);
  EXPECT_EQ(lines, (std::vector<int>{5, 8, 9, 11})) << problems_text(problems);
}

}  // namespace
}  // namespace casegw::policy
