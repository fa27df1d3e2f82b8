// 属地优先: a bottom-up rule gives a case to the lowest unit covering its region code (village,
// else town, else district, else a city unit), no lower than its level cap; its fallback unit
// when none covers it; and when it has no fallback the next rule is tried.
#include "routing_test_support.hpp"

#include <gtest/gtest.h>

namespace casegw::routing::test {
namespace {

constexpr std::string_view default_only = R"(routes:
  - id: default
    direction: bottom_up
    fallback_unit: review
)";

class LocalityFirst : public ::testing::Test {
 protected:
  route_decision route_region(std::string_view routes, std::string_view region) const {
    auto c = sample_case();
    c["location"] = {{"region_code", region}};
    return files_.router_of(routes)->route(c);
  }
  routing_files files_;
};

TEST_F(LocalityFirst, AKnownVillageCodeGoesToItsVillageUnit) {
  const route_decision d = route_region(default_only, "500101001001");
  EXPECT_EQ(d.unit_id, "dongfang");
  EXPECT_EQ(d.level, "village");
  EXPECT_EQ(d.division_code, "500101001001");
  EXPECT_EQ(d.direction, "bottom_up");
  EXPECT_EQ(d.rule_id, "default");
  EXPECT_EQ(d.reason, "locality first: village code 500101001001 → unit dongfang");
}

TEST_F(LocalityFirst, AVillageWithoutAUnitGoesToItsTown) {
  const route_decision d = route_region(default_only, "500101001002");  // 乌龙池社区: no unit of its own
  EXPECT_EQ(d.unit_id, "gaosuntang");
  EXPECT_EQ(d.level, "town");
  EXPECT_EQ(d.reason, "locality first: region 500101001002, town code 500101001 → unit gaosuntang");
}

TEST_F(LocalityFirst, ANineDigitTownCodeGoesToItsTown) {
  EXPECT_EQ(route_region(default_only, "500111001").unit_id, "longgang");
}

TEST_F(LocalityFirst, ATownWithoutAUnitGoesToItsDistrict) {
  const route_decision d = route_region(default_only, "500111102200");  // 宝顶镇车家村: neither village nor town unit
  EXPECT_EQ(d.unit_id, "dazu");
  EXPECT_EQ(d.level, "district");
  EXPECT_EQ(d.reason, "locality first: region 500111102200, district code 500111 → unit dazu");
}

TEST_F(LocalityFirst, ADistrictWithoutAUnitGoesToTheCityUnitCoveringIt) {
  const route_decision d = route_region(default_only, "500103003013");  // 渝中区: no unit in the sample
  EXPECT_EQ(d.unit_id, "cq") << "not the review desk, which shares the code but is not a locality unit";
  EXPECT_EQ(d.level, "city");
  EXPECT_EQ(d.reason, "locality first: region 500103003013, city code 500000 → unit cq");
}

TEST_F(LocalityFirst, AnUncoveredRegionGoesToTheFallbackUnit) {
  const route_decision d = route_region(default_only, "110101");  // 东城区, Beijing
  EXPECT_EQ(d.unit_id, "review");
  EXPECT_EQ(d.destinations, std::vector<std::string>{"review_queue"});
  EXPECT_EQ(d.reason, "locality first: no unit covers region 110101 → fallback unit review");
}

TEST_F(LocalityFirst, AMalformedRegionCodeIsNeverLookedUpOrQuoted) {
  const route_decision d = route_region(default_only, "5001x1");
  EXPECT_EQ(d.unit_id, "review");
  EXPECT_EQ(d.reason, "locality first: region code is absent or malformed → fallback unit review");
}

TEST_F(LocalityFirst, TheLevelCapStopsAtTheDistrict) {
  const std::string capped = R"(routes:
  - {id: to_district, match: {kind: complaint}, direction: bottom_up, level: district}
  - {id: default, direction: top_down, unit: cq}
)";
  const route_decision d = route_region(capped, "500101001001");
  EXPECT_EQ(d.unit_id, "wanzhou");
  EXPECT_EQ(d.reason, "locality first (down to district): region 500101001001, district code 500101 → unit wanzhou");
}

TEST_F(LocalityFirst, TheLevelCapTownSkipsOnlyVillages) {
  const std::string capped = "routes:\n  - {id: default, direction: bottom_up, level: town, fallback_unit: cq}\n";
  EXPECT_EQ(route_region(capped, "500101001001").unit_id, "gaosuntang");
}

TEST_F(LocalityFirst, TheLevelCapCityGoesStraightToTheCityUnit) {
  const std::string capped = "routes:\n  - {id: default, direction: bottom_up, level: city, fallback_unit: review}\n";
  EXPECT_EQ(route_region(capped, "500101001001").unit_id, "cq");
}

TEST_F(LocalityFirst, ABottomUpRuleThatFindsNoUnitAndHasNoFallbackPassesToTheNextRule) {
  // Only the city unit covers nothing outside Chongqing; this table has no city locality unit at all.
  const std::string units = R"(units:
  - {id: cq, name: 指挥中心, level: city, division_code: "500000", destination: local, locality: false}
  - {id: wanzhou, name: 万州区, level: district, division_code: "500101", destination: local}
)";
  const std::string routes = R"(routes:
  - {id: local_first, direction: bottom_up}
  - {id: default, direction: top_down, unit: cq}
)";
  auto c = sample_case();
  c["location"] = {{"region_code", "500111001"}};
  const route_explanation e = files_.router_of(routes, units)->explain(c);
  ASSERT_EQ(e.tried.size(), 2u);
  EXPECT_FALSE(e.tried[0].matched);
  EXPECT_EQ(e.tried[0].why_not, "no unit covers region 500111001 and the rule has no fallback_unit");
  EXPECT_EQ(e.decision.unit_id, "cq");
  EXPECT_EQ(e.decision.direction, "top_down");
}

}  // namespace
}  // namespace casegw::routing::test
