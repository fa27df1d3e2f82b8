// Each match key takes a case that has one of its values and passes over one that does not,
// saying why; lists mean any of, and every key of a rule must hold.
#include "routing_test_support.hpp"

#include <gtest/gtest.h>

namespace casegw::routing::test {
namespace {

// A rule `probe` with the given match block, sending what it takes top-down to scjgj; then the default.
std::string probe_table(std::string_view match) {
  return "routes:\n  - id: probe\n    match: " + std::string(match) +
         "\n    direction: top_down\n    unit: scjgj\n  - id: default\n    direction: bottom_up\n    fallback_unit: cq\n";
}

class MatchConditions : public ::testing::Test {
 protected:
  // The first trial's rule and why_not, for a case under a one-rule probe.
  rule_trial probe(std::string_view match, const boost::json::object& c) const {
    return files_.router_of(probe_table(match))->explain(c).tried.front();
  }
  routing_files files_;
};

TEST_F(MatchConditions, ChannelIsMatchedAgainstTheChannelId) {
  auto c = sample_case();
  EXPECT_TRUE(probe("{channel: [hotline_12345, city_portal]}", c).matched);
  const rule_trial no = probe("{channel: [hotline_12345]}", c);
  EXPECT_FALSE(no.matched);
  EXPECT_EQ(no.why_not, "channel is city_portal, rule wants [hotline_12345]");
}

TEST_F(MatchConditions, KindIsMatchedAndASingleValueReadsAsAListOfOne) {
  auto c = sample_case();
  EXPECT_TRUE(probe("{kind: complaint}", c).matched);
  EXPECT_EQ(probe("{kind: [consultation, help]}", c).why_not, "kind is complaint, rule wants [consultation, help]");
}

TEST_F(MatchConditions, ClassIsReadFromHandlingAndAbsentWhenTheCaseHasNone) {
  auto c = sample_case();
  EXPECT_EQ(probe("{class: [supervised]}", c).why_not, "class is absent, rule wants [supervised]");
  c["handling"] = {{"class", "supervised"}};
  EXPECT_TRUE(probe("{class: [supervised]}", c).matched);
}

TEST_F(MatchConditions, DomainIsMatched) {
  auto c = sample_case();
  c["domain"] = "ecology_environment";
  EXPECT_TRUE(probe("{domain: [ecology_environment]}", c).matched);
  EXPECT_EQ(probe("{domain: [market_supervision]}", c).why_not,
            "domain is ecology_environment, rule wants [market_supervision]");
}

TEST_F(MatchConditions, CategoryCodeIsMatchedExactly) {
  auto c = sample_case();
  c["category"] = {{"code", "0301"}};
  EXPECT_TRUE(probe("{category_code: ['0301', '0302']}", c).matched);
  EXPECT_EQ(probe("{category_code: ['03']}", c).why_not, "category code is 0301, rule wants [03]");
}

TEST_F(MatchConditions, RegionPrefixMatchesTheStartOfTheRegionCode) {
  auto c = sample_case();
  EXPECT_TRUE(probe("{region_prefix: ['50']}", c).matched);
  EXPECT_TRUE(probe("{region_prefix: ['500111', '500101']}", c).matched);
  EXPECT_EQ(probe("{region_prefix: ['500111']}", c).why_not, "region code is 500101001001, rule wants a prefix of [500111]");
}

TEST_F(MatchConditions, ScopeIsInScopeUntilTheScopeStageSaysOtherwise) {
  auto c = sample_case();
  EXPECT_TRUE(probe("{scope: in_scope}", c).matched);
  EXPECT_EQ(probe("{scope: suspected_out_of_scope}", c).why_not, "scope is in_scope, rule wants [suspected_out_of_scope]");
  c["scope"] = {{"assessment", "suspected_out_of_scope"}, {"exclusion_code", "emergency_110"}};
  EXPECT_TRUE(probe("{scope: suspected_out_of_scope}", c).matched);
}

TEST_F(MatchConditions, ExclusionIsMatchedAgainstTheScopeExclusionCode) {
  auto c = sample_case();
  EXPECT_EQ(probe("{exclusion: [litigation]}", c).why_not, "exclusion code is absent, rule wants [litigation]");
  c["scope"] = {{"assessment", "suspected_out_of_scope"}, {"exclusion_code", "litigation"}};
  EXPECT_TRUE(probe("{exclusion: [petition, litigation]}", c).matched);
}

TEST_F(MatchConditions, UrgentComesFromTheScopeGroupOrTheHandlingGroup) {
  auto c = sample_case();
  EXPECT_TRUE(probe("{urgent: false}", c).matched);
  EXPECT_EQ(probe("{urgent: true}", c).why_not, "urgent is false, rule wants [true]");
  c["scope"] = {{"assessment", "in_scope"}, {"urgent", true}};
  EXPECT_TRUE(probe("{urgent: yes}", c).matched);
  c.erase("scope");
  c["handling"] = {{"urgent", true}};
  EXPECT_TRUE(probe("{urgent: true}", c).matched);
}

TEST_F(MatchConditions, TitleKeywordsMatchAnywhereAndTheTitleIsNeverQuoted) {
  auto c = sample_case();
  c["title"] = "反映某街道办推诿扯皮 APP 无法登录";
  EXPECT_TRUE(probe("{title_keywords: [不作为, 推诿扯皮]}", c).matched);
  EXPECT_TRUE(probe("{title_keywords: [app]}", c).matched) << "ASCII letters compare without case";
  const rule_trial no = probe("{title_keywords: [乱作为]}", c);
  EXPECT_EQ(no.why_not, "title contains none of [乱作为]");
  EXPECT_EQ(no.why_not.find("登录"), std::string::npos);
}

TEST_F(MatchConditions, EveryKeyOfARuleMustHoldAndEachUnmetOneIsNamed) {
  auto c = sample_case();
  EXPECT_TRUE(probe("{channel: city_portal, kind: complaint, region_prefix: '5001'}", c).matched);
  EXPECT_EQ(probe("{channel: hotline_12345, kind: complaint, domain: other}", c).why_not,
            "channel is city_portal, rule wants [hotline_12345]; domain is absent, rule wants [other]");
}

TEST_F(MatchConditions, GroupsOfTheWrongTypeReadAsAbsent) {
  const boost::json::object c{{"channel", "city_portal"}, {"kind", 3}, {"handling", {"handed_down"}}};
  EXPECT_EQ(probe("{channel: city_portal, kind: help, class: handed_down}", c).why_not,
            "channel is absent, rule wants [city_portal]; kind is absent, rule wants [help]; "
            "class is absent, rule wants [handed_down]");
}

TEST_F(MatchConditions, AnEmptyMatchBlockTakesEveryCase) {
  const auto r = files_.router_of("routes:\n  - {id: only, match: {}, direction: top_down, unit: scjgj}\n");
  auto c = sample_case();
  c.erase("kind");
  c.erase("location");
  EXPECT_EQ(r->route(c).unit_id, "scjgj");
}

}  // namespace
}  // namespace casegw::routing::test
