// The shipped config/policy/deadlines.yaml: every channel resolves to the documented rule for
// every kind and class (docs/policy-profiles.md, "Channel profiles").
#include "policy/case_classification.hpp"
#include "policy/deadline_profiles.hpp"
#include "profiles_test_file.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace casegw::policy {
namespace {

using testing::problems_text;
using testing::shipped_policy_file;

const std::vector<std::string> platform_channels{"city_portal", "yukuaiban", "gov_service_platform"};
const std::vector<std::string> handed_down_channels{"state_council", "national_regulation"};
const std::vector<std::string> all_kinds{"consultation", "complaint", "help", "report", "suggestion", "praise", "other"};
const std::vector<std::string> not_consultation{"complaint", "help", "report", "suggestion", "praise", "other"};
const std::vector<std::string> unclassed_or_handed_down{"", "handed_down"};

constexpr auto wd = deadline_unit::working_days;

// One row: for these channels, classes and kinds, this rule.
struct expected_rule {
  std::vector<std::string> channels;
  std::vector<std::string> classes;  // "" = no class
  std::vector<std::string> kinds;
  std::string id;
  deadline_unit unit;
  int amount;
  bool assigned_deadline_wins;
};

const std::vector<expected_rule>& expectations() {
  static const std::vector<expected_rule> table{
      // Chongqing platform: classes first, then consultation 5, everything else 15.
      {platform_channels, {"supervised"}, all_kinds, "platform.supervised", wd, 10, false},
      {platform_channels, {"verification"}, all_kinds, "platform.verification", wd, 10, false},
      {platform_channels, {"handed_down"}, {"consultation"}, "platform.handed_down.consultation", wd, 5, true},
      {platform_channels, {"handed_down"}, not_consultation, "platform.handed_down", wd, 15, true},
      {platform_channels, {""}, {"consultation"}, "platform.consultation", wd, 5, false},
      {platform_channels, {""}, not_consultation, "platform.non_consultation", wd, 15, false},
      // Handed-down national platforms: the assigned deadline always wins.
      {handed_down_channels, {"supervised"}, all_kinds, "handed_down.supervised", wd, 10, true},
      {handed_down_channels, {"verification"}, all_kinds, "handed_down.verification", wd, 10, true},
      {handed_down_channels, unclassed_or_handed_down, {"consultation"}, "handed_down.consultation", wd, 5, true},
      {handed_down_channels, unclassed_or_handed_down, not_consultation, "handed_down.non_consultation", wd, 15, true},
      // 12345 defaults (Sichuan 3/7/15).
      {{"hotline_12345"}, {"supervised"}, all_kinds, "hotline_12345.supervised", wd, 10, false},
      {{"hotline_12345"}, {"verification"}, all_kinds, "hotline_12345.verification", wd, 10, false},
      {{"hotline_12345"}, unclassed_or_handed_down, {"consultation"}, "hotline_12345.consultation", wd, 3, true},
      {{"hotline_12345"}, unclassed_or_handed_down, {"help", "suggestion"}, "hotline_12345.help_suggestion", wd, 7, true},
      {{"hotline_12345"}, unclassed_or_handed_down, {"complaint", "report"}, "hotline_12345.complaint_report", wd, 15, true},
      {{"hotline_12345"}, unclassed_or_handed_down, {"praise", "other"}, "hotline_12345.other", wd, 15, true},
      // Foreign-invested enterprise complaints: 60 working days (商务部令2020年第3号).
      {{"foreign_investment"}, {"supervised"}, all_kinds, "foreign_investment.supervised", wd, 10, false},
      {{"foreign_investment"}, {"verification"}, all_kinds, "foreign_investment.verification", wd, 10, false},
      {{"foreign_investment"}, unclassed_or_handed_down, {"consultation"}, "foreign_investment.consultation", wd, 5, true},
      {{"foreign_investment"}, unclassed_or_handed_down, not_consultation, "foreign_investment.complaint", wd, 60, true},
  };
  return table;
}

bool contains(const std::vector<std::string>& words, const std::string& word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

std::vector<const expected_rule*> rows_for(const std::string& channel, const std::string& klass, const std::string& kind) {
  std::vector<const expected_rule*> rows;
  for (const auto& row : expectations()) {
    if (contains(row.channels, channel) && contains(row.classes, klass) && contains(row.kinds, kind)) rows.push_back(&row);
  }
  return rows;
}

class shipped_deadline_profiles : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto [loaded, problems] = deadline_profiles::load(shipped_policy_file("deadlines.yaml"));
    ASSERT_TRUE(loaded) << problems_text(problems);
    profiles_ = new deadline_profiles(std::move(*loaded));
  }
  static void TearDownTestSuite() {
    delete profiles_;
    profiles_ = nullptr;
  }
  static inline deadline_profiles* profiles_ = nullptr;
};

TEST_F(shipped_deadline_profiles, maps_every_channel_of_the_spec) {
  const std::vector<std::string> expected{"city_portal",   "foreign_investment", "gov_service_platform", "hotline_12345",
                                          "national_regulation", "state_council", "yukuaiban"};
  EXPECT_EQ(profiles_->channels(), expected);
}

TEST_F(shipped_deadline_profiles, every_channel_kind_and_class_resolves_to_the_documented_rule) {
  std::vector<std::string> classes_and_none = case_classes();
  classes_and_none.insert(classes_and_none.begin(), "");
  int checked = 0;
  for (const auto& channel : profiles_->channels()) {
    for (const auto& klass : classes_and_none) {
      for (const auto& kind : case_kinds()) {
        SCOPED_TRACE(channel + " / " + kind + " / class \"" + klass + "\"");
        const auto rows = rows_for(channel, klass, kind);
        ASSERT_EQ(rows.size(), 1u) << "the expectation table must cover each combination exactly once";
        const deadline_rule& rule = profiles_->rule_for(channel, kind, klass);
        EXPECT_EQ(rule.id, rows[0]->id);
        EXPECT_EQ(rule.unit, rows[0]->unit);
        EXPECT_EQ(rule.amount, rows[0]->amount);
        EXPECT_EQ(rule.assigned_deadline_wins, rows[0]->assigned_deadline_wins);
        EXPECT_FALSE(rule.basis.empty());
        ++checked;
      }
    }
  }
  EXPECT_EQ(checked, 7 * 4 * 7);
}

TEST_F(shipped_deadline_profiles, urgent_12345_items_are_due_in_24_natural_hours_whatever_their_kind_or_class) {
  for (const auto& kind : case_kinds()) {
    for (const std::string klass : {"", "handed_down", "supervised", "verification"}) {
      const deadline_rule& rule = profiles_->rule_for("hotline_12345", case_facts{kind, klass, true});
      EXPECT_EQ(rule.id, "hotline_12345.urgent") << kind << " " << klass;
      EXPECT_EQ(rule.unit, deadline_unit::hours);
      EXPECT_EQ(rule.amount, 24);
    }
  }
}

TEST_F(shipped_deadline_profiles, urgency_changes_nothing_on_channels_without_an_urgent_rule) {
  EXPECT_EQ(profiles_->rule_for("city_portal", case_facts{"consultation", "", true}).id, "platform.consultation");
  EXPECT_EQ(profiles_->rule_for("foreign_investment", case_facts{"complaint", "", true}).id,
            "foreign_investment.complaint");
}

TEST_F(shipped_deadline_profiles, bases_cite_the_documents_the_defaults_come_from) {
  EXPECT_NE(profiles_->rule_for("city_portal", "consultation", "").basis.find("渝府办发〔2021〕131号 第十一条"),
            std::string::npos);
  EXPECT_NE(profiles_->rule_for("city_portal", "complaint", "supervised").basis.find("10个工作日"), std::string::npos);
  EXPECT_NE(profiles_->rule_for("foreign_investment", "complaint", "").basis.find("商务部令2020年第3号"),
            std::string::npos);
  EXPECT_NE(profiles_->rule_for("hotline_12345", "help", "").basis.find("网关默认值"), std::string::npos);
}

}  // namespace
}  // namespace casegw::policy
