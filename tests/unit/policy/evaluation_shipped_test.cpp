// The shipped config/policy/evaluation.yaml: every label of every channel's scale maps as
// documented in docs/policy-profiles.md ("Evaluation"), with the right collector and rule.
#include "policy/deadline_profiles.hpp"
#include "policy/evaluation_rules.hpp"
#include "profiles_test_file.hpp"

#include <gtest/gtest.h>

#include <map>

namespace casegw::policy {
namespace {

using testing::problems_text;
using testing::shipped_policy_file;
using R = unified_rating;

struct channel_scale {
  std::string channel;
  std::string collector;
  std::string scale;
  std::string rule;
  std::vector<std::pair<std::string, unified_rating>> labels;  // every label the scale accepts
};

const std::vector<std::pair<std::string, unified_rating>> platform_labels{
    {"满意", R::satisfied}, {"基本满意", R::basically_satisfied}, {"不满意", R::dissatisfied}, {"未评价", R::no_answer}};
const std::vector<std::pair<std::string, unified_rating>> haochaping_labels{
    {"非常满意", R::very_satisfied}, {"满意", R::satisfied},       {"基本满意", R::basically_satisfied},
    {"不满意", R::dissatisfied},     {"非常不满意", R::very_dissatisfied}, {"5", R::very_satisfied},
    {"4", R::satisfied},             {"3", R::basically_satisfied}, {"2", R::dissatisfied},
    {"1", R::very_dissatisfied},     {"未评价", R::no_answer}};
const std::vector<std::pair<std::string, unified_rating>> hotline_labels{
    {"满意", R::satisfied},     {"基本满意", R::basically_satisfied}, {"不满意", R::dissatisfied},
    {"未接通", R::unreachable}, {"无法联系", R::unreachable},         {"拒绝评价", R::no_answer}};
const std::vector<std::pair<std::string, unified_rating>> foreign_investment_labels{
    {"满意", R::satisfied}, {"不满意", R::dissatisfied}, {"未评价", R::no_answer}};

const std::vector<channel_scale>& shipped_channels() {
  static const std::vector<channel_scale> table{
      {"city_portal", "platform", "platform_3", "platform_survey", platform_labels},
      {"yukuaiban", "platform", "platform_3", "platform_survey", platform_labels},
      {"gov_service_platform", "channel", "haochaping_5", "haochaping", haochaping_labels},
      {"state_council", "channel", "source_platform_3", "source_platform", platform_labels},
      {"national_regulation", "channel", "source_platform_3", "source_platform", platform_labels},
      {"hotline_12345", "channel", "hotline_12345_callback", "hotline_12345_callback", hotline_labels},
      {"foreign_investment", "channel", "foreign_investment_2", "foreign_investment", foreign_investment_labels},
  };
  return table;
}

const evaluation_rules& shipped_rules() {
  static const evaluation_rules rules = [] {
    auto [loaded, problems] = evaluation_rules::load(shipped_policy_file("evaluation.yaml"));
    if (!loaded) throw std::runtime_error(problems_text(problems));
    return std::move(*loaded);
  }();
  return rules;
}

class shipped_evaluation_scales : public ::testing::TestWithParam<channel_scale> {};

TEST_P(shipped_evaluation_scales, every_label_maps_as_documented) {
  const auto& expected = GetParam();
  for (const auto& [label, rating] : expected.labels) {
    SCOPED_TRACE(label);
    const auto evaluation = shipped_rules().normalize(expected.channel, label);
    EXPECT_EQ(evaluation.normalized, rating);
    EXPECT_EQ(evaluation.label, label);
    EXPECT_EQ(evaluation.collector, expected.collector);
    EXPECT_EQ(evaluation.scale, expected.scale);
    EXPECT_EQ(evaluation.rule, expected.rule);
  }
}

TEST_P(shipped_evaluation_scales, accepts_exactly_the_documented_labels) {
  const auto& expected = GetParam();
  std::vector<std::string> labels;
  for (const auto& entry : expected.labels) labels.push_back(entry.first);
  EXPECT_EQ(shipped_rules().profile_of(expected.channel).label_names(), labels);
}

INSTANTIATE_TEST_SUITE_P(every_channel, shipped_evaluation_scales, ::testing::ValuesIn(shipped_channels()),
                         [](const auto& info) { return info.param.channel; });

TEST(shipped_evaluation_rules, cover_the_same_channels_as_the_deadline_profiles) {
  auto [profiles, problems] = deadline_profiles::load(shipped_policy_file("deadlines.yaml"));
  ASSERT_TRUE(profiles) << problems_text(problems);
  EXPECT_EQ(shipped_rules().channels(), profiles->channels());
  EXPECT_EQ(shipped_rules().channels().size(), shipped_channels().size());
}

TEST(shipped_evaluation_rules, hotline_unreachable_is_recorded_without_a_verdict_or_follow_up) {
  for (const std::string label : {"未接通", "无法联系"}) {
    const auto evaluation = shipped_rules().normalize("hotline_12345", label);
    EXPECT_EQ(evaluation.normalized, R::unreachable);
    EXPECT_EQ(evaluation.satisfied(), std::nullopt);
    EXPECT_TRUE(evaluation.follow_up.empty());
  }
}

TEST(shipped_evaluation_rules, unknown_label_names_the_accepted_ones_and_echoes_only_the_label) {
  try {
    (void)shipped_rules().normalize("hotline_12345", "非常满意");
    FAIL() << "expected std::invalid_argument";
  } catch (const std::invalid_argument& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("\"非常满意\""), std::string::npos) << message;
    EXPECT_NE(message.find("hotline_12345"), std::string::npos) << message;
    EXPECT_NE(message.find("accepted: 满意, 基本满意, 不满意, 未接通, 无法联系, 拒绝评价"), std::string::npos) << message;
  }
}

TEST(shipped_evaluation_rules, an_oversized_label_is_cut_in_the_error_at_a_character_boundary) {
  std::string huge;
  for (int i = 0; i < 200; ++i) huge += "满";  // 3 bytes each
  try {
    (void)shipped_rules().normalize("city_portal", huge);
    FAIL() << "expected std::invalid_argument";
  } catch (const std::invalid_argument& error) {
    const std::string message = error.what();
    EXPECT_EQ(message.find(huge), std::string::npos);
    EXPECT_NE(message.find(huge.substr(0, 63) + "…"), std::string::npos) << message;
  }
}

TEST(shipped_evaluation_rules, unmapped_channel_throws_out_of_range_naming_it) {
  try {
    (void)shipped_rules().normalize("fax_machine", "满意");
    FAIL() << "expected std::out_of_range";
  } catch (const std::out_of_range& error) {
    EXPECT_NE(std::string(error.what()).find("\"fax_machine\""), std::string::npos) << error.what();
  }
}

}  // namespace
}  // namespace casegw::policy
