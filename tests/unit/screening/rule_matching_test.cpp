// Each matching feature of a rule, on rules built in code: any-of terms, position-aware
// `unless` (plain and with "*"), `near` and `not_near` distances, search_in, field conditions,
// first match wins, and robustness on odd input.
#include "screening/scope_screener.hpp"

#include <boost/json/parse.hpp>

#include <gtest/gtest.h>

namespace casegw::screening {
namespace {

scope_rule rule(std::string id, std::vector<std::string> terms, std::string code = "emergency") {
  scope_rule made;
  made.id = std::move(id);
  made.exclusion_code = std::move(code);
  made.refer_to = "119";
  made.urgent = made.exclusion_code == "emergency";
  made.terms = std::move(terms);
  return made;
}

boost::json::object case_with(std::string_view content, std::string_view title = "标题") {
  return {{"title", title}, {"content", content}, {"kind", "complaint"}};
}

scope_assessment assess(const scope_rule& only, const boost::json::object& unified_case) {
  return scope_screener({only}).assess(unified_case);
}

TEST(RuleMatching, AnyTermFlagsTheCaseAndRecordsEachMatchedTermOnce) {
  const auto got = assess(rule("fire", {"着火", "冒烟"}), case_with("着火了，到处冒烟，又着火", "楼里着火"));
  EXPECT_FALSE(got.in_scope);
  EXPECT_EQ(got.exclusion_code, "emergency");
  EXPECT_EQ(got.rule_id, "fire");
  EXPECT_EQ(got.refer_to, "119");
  EXPECT_TRUE(got.urgent);
  EXPECT_EQ(got.matched, (std::vector<std::string>{"着火", "冒烟"}));
}

TEST(RuleMatching, NoTermMeansInScope) {
  const auto got = assess(rule("fire", {"着火"}), case_with("路灯坏了"));
  EXPECT_TRUE(got.in_scope);
  EXPECT_TRUE(got.exclusion_code.empty());
  EXPECT_TRUE(got.matched.empty());
}

TEST(RuleMatching, UnlessCancelsOnlyTheHitInsideThePhrase) {
  auto fire = rule("fire", {"火灾"});
  fire.unless = {"火灾隐患"};
  EXPECT_TRUE(assess(fire, case_with("楼道有火灾隐患")).in_scope);
  // A second hit outside the phrase still counts.
  EXPECT_FALSE(assess(fire, case_with("楼道有火灾隐患，现在发生火灾了")).in_scope);
  // The phrase elsewhere in the text cancels nothing.
  EXPECT_FALSE(assess(fire, case_with("发生火灾了，这里早有隐患")).in_scope);
}

TEST(RuleMatching, StarInUnlessStandsForTheHitWithTextBeforeAndAfter) {
  auto court = rule("court", {"法院"}, "other_branches");
  court.unless = {"*门口", "去*"};
  EXPECT_TRUE(assess(court, case_with("法院门口的路灯坏了")).in_scope);
  EXPECT_TRUE(assess(court, case_with("我要去法院")).in_scope);
  EXPECT_FALSE(assess(court, case_with("法院不执行判决")).in_scope);
  EXPECT_FALSE(assess(court, case_with("门口法院")).in_scope);
}

TEST(RuleMatching, NearNeedsAContextPhraseWithinTheGivenCharacters) {
  auto fire = rule("fire", {"着火"});
  fire.near = {{"正在"}, 3};
  EXPECT_FALSE(assess(fire, case_with("正在着火")).in_scope);           // adjacent
  EXPECT_FALSE(assess(fire, case_with("正在一二三着火")).in_scope);     // 3 characters apart
  EXPECT_TRUE(assess(fire, case_with("正在一二三四着火")).in_scope);    // 4 apart
  EXPECT_FALSE(assess(fire, case_with("着火了啊啊正在")).in_scope);     // after the hit counts too
  EXPECT_TRUE(assess(fire, case_with("着火")).in_scope);
}

TEST(RuleMatching, NotNearCancelsAHitWithAContextPhraseWithinTheGivenCharacters) {
  auto fire = rule("fire", {"着火"});
  fire.not_near = {{"万一", "去年"}, 4};
  EXPECT_TRUE(assess(fire, case_with("万一着火怎么办")).in_scope);
  EXPECT_TRUE(assess(fire, case_with("去年楼里着火")).in_scope);
  EXPECT_FALSE(assess(fire, case_with("去年一二三四五着火")).in_scope);
  EXPECT_FALSE(assess(fire, case_with("万一着火怎么办？现在真的着火了")).in_scope);
}

TEST(RuleMatching, SearchInLimitsTheFieldsSearched) {
  auto fire = rule("fire", {"着火"});
  fire.in_content = false;
  EXPECT_TRUE(assess(fire, case_with("着火了", "路灯")).in_scope);
  EXPECT_FALSE(assess(fire, case_with("路灯", "着火了")).in_scope);
}

TEST(RuleMatching, NearIsMeasuredWithinOneFieldOnly) {
  auto fire = rule("fire", {"着火"});
  fire.near = {{"正在"}, 50};
  EXPECT_TRUE(assess(fire, case_with("着火", "正在")).in_scope);
}

TEST(RuleMatching, FieldConditionsMustAllHold) {
  auto petition = rule("petition", {"信访"}, "legal_procedures");
  petition.when.kind = {"complaint"};
  petition.when.channel = {"city_portal"};
  petition.when.category_code = {"A01"};
  petition.when.domain = {"social_management"};
  petition.when.handling_class = {"handed_down"};
  auto full = boost::json::parse(R"({"title":"信访","content":"x","kind":"complaint","channel":{"id":"city_portal"},
      "category":{"code":"A01"},"domain":"social_management","handling":{"class":"handed_down"}})").as_object();
  EXPECT_FALSE(assess(petition, full).in_scope);
  for (const auto& [key, wrong] : std::vector<std::pair<std::string, boost::json::value>>{
           {"kind", "consultation"}, {"channel", boost::json::parse(R"({"id":"hotline_12345"})")},
           {"category", boost::json::parse(R"({"code":"B02"})")}, {"domain", "other"},
           {"handling", boost::json::parse(R"({"class":"supervised"})")}}) {
    auto changed = full;
    changed[key] = wrong;
    EXPECT_TRUE(assess(petition, changed).in_scope) << key;
    changed.erase(key);  // a missing field fails a condition on it
    EXPECT_TRUE(assess(petition, changed).in_scope) << key << " absent";
  }
}

TEST(RuleMatching, ARuleWithOnlyFieldConditionsMatchesOnThem) {
  scope_rule by_category;
  by_category.id = "petition-category";
  by_category.exclusion_code = "legal_procedures";
  by_category.when.category_code = {"XF01"};
  const scope_screener screener({by_category});
  auto flagged = screener.assess(boost::json::parse(R"({"title":"a","content":"b","category":{"code":"XF01"}})").as_object());
  EXPECT_FALSE(flagged.in_scope);
  EXPECT_TRUE(flagged.matched.empty());
  EXPECT_FALSE(flagged.urgent);
  EXPECT_TRUE(screener.assess(case_with("b")).in_scope);
}

TEST(RuleMatching, FirstMatchingRuleWins) {
  const scope_screener screener({rule("first", {"法院"}, "legal_procedures"), rule("second", {"法院"}, "other_branches")});
  EXPECT_EQ(screener.assess(case_with("法院")).rule_id, "first");
}

TEST(RuleMatching, OddInputNeverThrowsAndReadsAsEmpty) {
  const scope_screener screener({rule("fire", {"着火"})});
  for (const char* json : {R"({})", R"({"title":5,"content":["着火"],"kind":null,"channel":"x","category":[1]})",
                           R"({"title":{"a":"着火"},"content":true,"handling":7})"}) {
    EXPECT_NO_THROW(EXPECT_TRUE(screener.assess(boost::json::parse(json).as_object()).in_scope)) << json;
  }
  std::string broken = "\xe7\x9d\x80\xff\xe7\x81\xab";  // 着 <bad byte> 火
  EXPECT_TRUE(screener.assess(case_with(broken)).in_scope);
}

TEST(RuleMatching, NoRulesMeansEverythingInScope) {
  const scope_screener screener({});
  EXPECT_EQ(screener.rule_count(), 0u);
  EXPECT_TRUE(screener.assess(case_with("着火了")).in_scope);
}

TEST(RuleMatching, RulesJsonListsEachRuleWithCountsNotTerms) {
  auto fire = rule("fire", {"着火", "冒烟"});
  fire.unless = {"*隐患"};
  fire.near = {{"正在", "刚刚", "现在"}, 10};
  const auto rules = scope_screener({fire}).rules_json();
  ASSERT_EQ(rules.size(), 1u);
  const auto& entry = rules[0].as_object();
  EXPECT_EQ(entry.at("id"), "fire");
  EXPECT_EQ(entry.at("exclusion_code"), "emergency");
  EXPECT_EQ(entry.at("refer_to"), "119");
  EXPECT_EQ(entry.at("urgent"), true);
  EXPECT_EQ(entry.at("terms"), 2);
  EXPECT_EQ(entry.at("unless"), 1);
  EXPECT_EQ(entry.at("near").at("terms"), 3);
  EXPECT_EQ(entry.at("near").at("within"), 10);
  EXPECT_EQ(entry.at("search_in"), boost::json::parse(R"(["title","content"])"));
}

}  // namespace
}  // namespace casegw::screening
