// `casegw route explain` and the admin API show every rule tried before the one that took the
// case, why each did not, and the decision, naming codes and ids but never case text.
#include "routing_test_support.hpp"

#include <gtest/gtest.h>

namespace casegw::routing::test {
namespace {

constexpr std::string_view table = R"(routes:
  - {id: handed_down, match: {class: handed_down}, direction: top_down, unit: cq}
  - {id: hotline_only, match: {channel: hotline_12345, kind: [complaint, report]}, direction: top_down, unit: cq}
  - {id: dereliction, match: {title_keywords: [不作为, 乱作为]}, direction: top_down, unit: cq}
  - {id: default, direction: bottom_up, fallback_unit: cq, also: analytics}
)";

class Explanation : public ::testing::Test {
 protected:
  route_explanation explain() const { return files_.router_of(table)->explain(sample_case()); }
  routing_files files_;
};

TEST_F(Explanation, ListsEveryRuleTriedInOrderEndingWithTheOneThatMatched) {
  const route_explanation e = explain();
  ASSERT_EQ(e.tried.size(), 4u);
  EXPECT_EQ(e.tried[0].rule_id, "handed_down");
  EXPECT_EQ(e.tried[0].why_not, "class is absent, rule wants [handed_down]");
  EXPECT_EQ(e.tried[1].why_not, "channel is city_portal, rule wants [hotline_12345]");
  EXPECT_EQ(e.tried[2].why_not, "title contains none of [不作为, 乱作为]");
  EXPECT_TRUE(e.tried[3].matched);
  EXPECT_TRUE(e.tried[3].why_not.empty());
  EXPECT_EQ(e.decision.unit_id, "dongfang");
}

TEST_F(Explanation, TextSaysWhatTheCliPrints) {
  EXPECT_EQ(explanation_text(explain()),
            "1. handed_down: no: class is absent, rule wants [handed_down]\n"
            "2. hotline_only: no: channel is city_portal, rule wants [hotline_12345]\n"
            "3. dereliction: no: title contains none of [不作为, 乱作为]\n"
            "4. default: matched\n"
            "rule:         default\n"
            "unit:         dongfang (东方广场社区), village 500101001001\n"
            "direction:    bottom_up\n"
            "destinations: local, analytics\n"
            "reason:       locality first: village code 500101001001 → unit dongfang\n");
}

TEST_F(Explanation, TextNeverQuotesTheTitle) {
  EXPECT_EQ(explanation_text(explain()).find("路灯"), std::string::npos);
}

TEST_F(Explanation, JsonCarriesTheTrialsAndTheRouteGroup) {
  const boost::json::object j = explanation_json(explain());
  const boost::json::array& tried = j.at("tried").as_array();
  ASSERT_EQ(tried.size(), 4u);
  EXPECT_EQ(tried[1], (boost::json::object{{"rule", "hotline_only"},
                                           {"matched", false},
                                           {"why_not", "channel is city_portal, rule wants [hotline_12345]"}}));
  EXPECT_EQ(tried[3], (boost::json::object{{"rule", "default"}, {"matched", true}}));
  EXPECT_EQ(j.at("decision").as_object().at("unit").as_object().at("id"), "dongfang");
}

}  // namespace
}  // namespace casegw::routing::test
