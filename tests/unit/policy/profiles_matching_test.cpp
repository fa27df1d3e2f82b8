// How a profile picks a rule: first match wins, matches combine kind/class/urgent, channels
// override single rules by id, and bad lookups fail loudly.
#include "policy/deadline_profiles.hpp"
#include "profiles_test_file.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace casegw::policy {
namespace {

using testing::problems_text;
using testing::profiles_test_file;

deadline_profiles load_text(std::string_view text) {
  const profiles_test_file file(text);
  auto [loaded, problems] = deadline_profiles::load(file.path());
  if (!loaded) throw std::runtime_error(problems_text(problems));
  return std::move(*loaded);
}

// Deliberately ordered so that a later, more specific rule is shadowed by an earlier one.
constexpr std::string_view ordered_profile = R"(version: 1
profiles:
  ordered:
    rules:
      - match: {kind: [complaint, report]}
        rule: {id: first.complaint_or_report, unit: working_days, amount: 9, basis: first}
      - match: {kind: complaint, class: supervised}
        rule: {id: shadowed.supervised_complaint, unit: working_days, amount: 1, basis: never reached}
      - match: {class: supervised}
        rule: {id: any.supervised, unit: calendar_days, amount: 4, basis: supervised}
      - match: {urgent: true, kind: help}
        rule: {id: urgent.help, unit: hours, amount: 12, basis: urgent help}
      - match: {urgent: false, kind: help}
        rule: {id: calm.help, unit: working_days, amount: 6, basis: calm help}
    default: {id: ordered.default, unit: working_days, amount: 15, basis: default}
  base:
    rules:
      - match: {kind: consultation}
        rule: {id: base.consultation, unit: working_days, amount: 5, basis: base consultation}
    default: {id: base.default, unit: working_days, amount: 15, basis: base default, assigned_deadline_wins: true}
channels:
  ordered_channel: {profile: ordered}
  plain_channel: {profile: base}
  overriding_channel:
    profile: base
    overrides:
      base.consultation: {id: overriding.consultation, amount: 2, basis: local rule}
      base.default: {id: overriding.default, unit: hours, amount: 72, basis: local urgent-only channel}
)";

struct match_case {
  std::string kind;
  std::string klass;
  bool urgent;
  std::string expected_id;
};

class profile_matching : public ::testing::TestWithParam<match_case> {
 protected:
  static const deadline_profiles& profiles() {
    static const deadline_profiles loaded = load_text(ordered_profile);
    return loaded;
  }
};

TEST_P(profile_matching, first_matching_rule_wins) {
  const auto& param = GetParam();
  EXPECT_EQ(profiles().rule_for("ordered_channel", case_facts{param.kind, param.klass, param.urgent}).id,
            param.expected_id);
}

INSTANTIATE_TEST_SUITE_P(
    ordered_rules, profile_matching,
    ::testing::Values(match_case{"complaint", "", false, "first.complaint_or_report"},
                      match_case{"report", "", false, "first.complaint_or_report"},
                      // The earlier kind rule shadows the later, more specific one: order is the contract.
                      match_case{"complaint", "supervised", false, "first.complaint_or_report"},
                      match_case{"consultation", "supervised", false, "any.supervised"},
                      match_case{"help", "", true, "urgent.help"},
                      match_case{"help", "", false, "calm.help"},
                      match_case{"help", "verification", true, "urgent.help"},
                      // A rule naming a class never matches an item without one.
                      match_case{"consultation", "", false, "ordered.default"},
                      match_case{"praise", "handed_down", false, "ordered.default"},
                      match_case{"other", "", true, "ordered.default"}));

TEST(profile_overrides, replace_one_rule_and_inherit_what_they_do_not_restate) {
  const auto profiles = load_text(ordered_profile);
  const deadline_rule& overridden = profiles.rule_for("overriding_channel", "consultation", "");
  EXPECT_EQ(overridden.id, "overriding.consultation");
  EXPECT_EQ(overridden.amount, 2);
  EXPECT_EQ(overridden.unit, deadline_unit::working_days);  // inherited
  EXPECT_EQ(overridden.basis, "local rule");

  const deadline_rule& overridden_default = profiles.rule_for("overriding_channel", "complaint", "");
  EXPECT_EQ(overridden_default.id, "overriding.default");
  EXPECT_EQ(overridden_default.unit, deadline_unit::hours);
  EXPECT_EQ(overridden_default.amount, 72);
  EXPECT_TRUE(overridden_default.assigned_deadline_wins);  // inherited
}

TEST(profile_overrides, leave_other_channels_of_the_same_profile_alone) {
  const auto profiles = load_text(ordered_profile);
  EXPECT_EQ(profiles.rule_for("plain_channel", "consultation", "").id, "base.consultation");
  EXPECT_EQ(profiles.rule_for("plain_channel", "consultation", "").amount, 5);
  EXPECT_EQ(profiles.profile_of("plain_channel").name, "base");
  EXPECT_EQ(profiles.profile_of("overriding_channel").name, "base");
}

TEST(profile_lookup, unmapped_channel_throws_out_of_range_naming_it) {
  const auto profiles = load_text(ordered_profile);
  try {
    (void)profiles.rule_for("fax_machine", "complaint", "");
    FAIL() << "expected std::out_of_range";
  } catch (const std::out_of_range& error) {
    EXPECT_NE(std::string(error.what()).find("\"fax_machine\""), std::string::npos) << error.what();
    EXPECT_NE(std::string(error.what()).find("ordered_channel"), std::string::npos) << error.what();
  }
}

TEST(profile_lookup, unknown_kind_or_class_throws_invalid_argument_listing_valid_words) {
  const auto profiles = load_text(ordered_profile);
  try {
    (void)profiles.rule_for("plain_channel", "complain", "");
    FAIL() << "expected std::invalid_argument";
  } catch (const std::invalid_argument& error) {
    EXPECT_NE(std::string(error.what()).find("consultation, complaint, help"), std::string::npos) << error.what();
  }
  EXPECT_THROW((void)profiles.rule_for("plain_channel", "complaint", "urgent"), std::invalid_argument);
}

}  // namespace
}  // namespace casegw::policy
