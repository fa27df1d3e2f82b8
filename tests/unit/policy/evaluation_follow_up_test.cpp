// Follow-up signals of 第十三条 on a normalized evaluation, and its JSON for the unified case.
#include "policy/evaluation_rules.hpp"
#include "profiles_test_file.hpp"

#include <boost/json/serialize.hpp>
#include <gtest/gtest.h>

namespace casegw::policy {
namespace {

using testing::problems_text;
using testing::shipped_policy_file;

const evaluation_rules& shipped_rules() {
  static const evaluation_rules rules = [] {
    auto [loaded, problems] = evaluation_rules::load(shipped_policy_file("evaluation.yaml"));
    if (!loaded) throw std::runtime_error(problems_text(problems));
    return std::move(*loaded);
  }();
  return rules;
}

std::optional<time::instant> at(std::string_view text) { return time::parse_rfc3339(text); }

struct follow_up_case {
  std::string name;
  std::string channel;
  std::string label;
  std::optional<time::instant> due_at;
  std::optional<time::instant> resolved_at;
  std::vector<std::string> expected_follow_up;
};

const auto due = at("2021-10-13T23:59:59+08:00");
const auto on_time = at("2021-10-13T18:00:00+08:00");
const auto exactly_due = at("2021-10-13T15:59:59Z");  // the same instant in another offset
const auto late = at("2021-10-14T00:00:00+08:00");
const auto late_in_utc = at("2021-10-13T16:00:00Z");  // 00:00 next day in Shanghai

std::vector<follow_up_case> follow_up_cases() {
  return {
      {"satisfied_on_time_needs_nothing", "city_portal", "满意", due, on_time, {}},
      {"no_times_given_needs_nothing", "city_portal", "基本满意", {}, {}, {}},
      {"resolved_exactly_at_due_is_on_time", "city_portal", "满意", due, exactly_due, {}},
      {"dissatisfied_is_flagged", "city_portal", "不满意", {}, {}, {"unsatisfied_rating"}},
      {"very_dissatisfied_is_flagged", "gov_service_platform", "非常不满意", due, on_time, {"unsatisfied_rating"}},
      {"numeric_2_is_flagged", "gov_service_platform", "2", {}, {}, {"unsatisfied_rating"}},
      {"late_result_is_flagged", "yukuaiban", "满意", due, late, {"overdue_result"}},
      {"late_in_another_offset_is_flagged", "yukuaiban", "满意", due, late_in_utc, {"overdue_result"}},
      {"unsatisfied_and_late_both_flagged", "hotline_12345", "不满意", due, late,
       {"unsatisfied_rating", "overdue_result"}},
      {"only_a_due_time_cannot_be_overdue", "hotline_12345", "满意", due, {}, {}},
      {"unreachable_raises_nothing", "hotline_12345", "未接通", due, on_time, {}},
      {"declined_raises_nothing", "hotline_12345", "拒绝评价", {}, {}, {}},
      // Lateness is about the result, not the rating: it is flagged even when nobody answered.
      {"unreachable_but_late_is_still_overdue", "hotline_12345", "无法联系", due, late, {"overdue_result"}},
  };
}

class evaluation_follow_up : public ::testing::TestWithParam<follow_up_case> {};

TEST_P(evaluation_follow_up, signals_match_article_13) {
  const auto& param = GetParam();
  const auto evaluation = shipped_rules().normalize(param.channel, param.label, param.due_at, param.resolved_at);
  EXPECT_EQ(evaluation.follow_up, param.expected_follow_up);
  EXPECT_EQ(evaluation.needs_follow_up(), !param.expected_follow_up.empty());
  const auto json = evaluation.to_json();
  if (param.expected_follow_up.empty()) {
    EXPECT_TRUE(json.at("action").is_null());
  } else {
    EXPECT_EQ(json.at("action").as_string(), "supervise_or_return");
  }
}

INSTANTIATE_TEST_SUITE_P(cases, evaluation_follow_up, ::testing::ValuesIn(follow_up_cases()),
                         [](const auto& info) { return info.param.name; });

TEST(evaluation_json, carries_every_field_of_the_unified_evaluation_group) {
  const auto evaluation = shipped_rules().normalize("hotline_12345", "不满意", due, late);
  EXPECT_EQ(boost::json::serialize(evaluation.to_json()),
            R"({"collector":"channel","scale":"hotline_12345_callback","label":"不满意","normalized":"dissatisfied",)"
            R"("satisfied":false,"follow_up":["unsatisfied_rating","overdue_result"],"action":"supervise_or_return",)"
            R"("rule":"hotline_12345_callback"})");
}

TEST(evaluation_json, satisfied_is_true_for_satisfied_levels_and_null_for_non_answers) {
  EXPECT_TRUE(shipped_rules().normalize("city_portal", "基本满意").to_json().at("satisfied").as_bool());
  EXPECT_TRUE(shipped_rules().normalize("gov_service_platform", "5").to_json().at("satisfied").as_bool());
  EXPECT_FALSE(shipped_rules().normalize("foreign_investment", "不满意").to_json().at("satisfied").as_bool());
  const auto unreachable = shipped_rules().normalize("hotline_12345", "未接通").to_json();
  EXPECT_TRUE(unreachable.at("satisfied").is_null());
  EXPECT_EQ(unreachable.at("normalized").as_string(), "unreachable");
  EXPECT_TRUE(unreachable.at("follow_up").as_array().empty());
  EXPECT_EQ(unreachable.at("collector").as_string(), "channel");
  EXPECT_EQ(shipped_rules().normalize("city_portal", "满意").to_json().at("collector").as_string(), "platform");
}

TEST(unified_rating_names, round_trip_for_every_rating) {
  for (const auto& name : rating_names()) {
    const auto rating = rating_named(name);
    ASSERT_TRUE(rating) << name;
    EXPECT_EQ(rating_name(*rating), name);
  }
  EXPECT_EQ(rating_names().size(), 7u);
  EXPECT_FALSE(rating_named("happy"));
}

}  // namespace
}  // namespace casegw::policy
