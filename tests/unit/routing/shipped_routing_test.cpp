// The routing files the gateway ships (config/routing) load against the shipped division data
// and the reference gateway.yaml's destinations, and send realistic Chongqing cases where
// docs/routing.md says they go.
#include "routing_test_support.hpp"

#include <gtest/gtest.h>

namespace casegw::routing::test {
namespace {

const std::vector<std::string> shipped_channels = {"city_portal",          "state_council", "hotline_12345",
                                                   "foreign_investment",   "gov_service_platform",
                                                   "national_regulation",  "yukuaiban"};

const router& shipped() {
  static const routing_load_result loaded =
      load_routing(CASEGW_SHIPPED_ROUTING_DIR "/units.yaml", CASEGW_SHIPPED_ROUTING_DIR "/routes.yaml", shipped_divisions(),
                   {"local"}, shipped_channels);
  if (!loaded.router) {
    for (const auto& p : loaded.problems) ADD_FAILURE() << p.to_string();
    throw std::runtime_error("the shipped routing files did not load");
  }
  return *loaded.router;
}

boost::json::object case_in(std::string_view region) {
  auto c = sample_case();
  c["location"] = {{"region_code", region}};
  return c;
}

TEST(ShippedRouting, LoadsWithoutProblems) {
  EXPECT_GE(shipped().unit_count(), 15u);
  EXPECT_EQ(shipped().rule_count(), 6u);
}

TEST(ShippedRouting, EveryUnitUsesTheLocalDestination) {
  for (const auto& u : shipped().units_json()) EXPECT_EQ(u.as_object().at("destination"), "local") << u;
}

TEST(ShippedRouting, AnOrdinaryCaseGoesToItsCommunity) {
  const route_decision d = shipped().route(case_in("500103003013"));  // 解放碑街道民生路社区
  EXPECT_EQ(d.rule_id, "default");
  EXPECT_EQ(d.unit_id, "yuzhong_jiefangbei_minshenglu");
  EXPECT_EQ(d.level, "village");
  EXPECT_EQ(d.direction, "bottom_up");
  EXPECT_EQ(d.destinations, std::vector<std::string>{"local"});
}

TEST(ShippedRouting, ACommunityWithoutAUnitGoesToItsStreet) {
  EXPECT_EQ(shipped().route(case_in("500103003016")).unit_id, "yuzhong_jiefangbei");  // 莲花池社区
}

TEST(ShippedRouting, ATownWithoutAUnitGoesToItsDistrict) {
  EXPECT_EQ(shipped().route(case_in("500111100")).unit_id, "dazu");  // 龙水镇
}

TEST(ShippedRouting, ADistrictWithoutAUnitGoesToTheCityCommandCentre) {
  const route_decision d = shipped().route(case_in("500105"));  // 江北区
  EXPECT_EQ(d.unit_id, "cq12345");
  EXPECT_EQ(d.rule_id, "default");
}

TEST(ShippedRouting, APlaceOutsideChongqingFallsBackToTheCityCommandCentre) {
  const route_decision d = shipped().route(case_in("110101"));
  EXPECT_EQ(d.unit_id, "cq12345");
  EXPECT_EQ(d.reason, "locality first: no unit covers region 110101 → fallback unit cq12345");
}

TEST(ShippedRouting, HandedDownCasesGoTopDownToTheCityCommandCentre) {
  auto c = case_in("500101001001");
  c["channel"] = {{"id", "national_regulation"}};
  c["handling"] = {{"class", "handed_down"}};
  const route_decision d = shipped().route(c);
  EXPECT_EQ(d.rule_id, "handed_down");
  EXPECT_EQ(d.unit_id, "cq12345");
  EXPECT_EQ(d.direction, "top_down");
}

TEST(ShippedRouting, SuspectedOutOfScopeCasesGoToTheReviewDesk) {
  auto c = case_in("500101001001");
  c["scope"] = {{"assessment", "suspected_out_of_scope"}, {"exclusion_code", "emergency_110"}};
  EXPECT_EQ(shipped().route(c).unit_id, "cq12345_review");
}

TEST(ShippedRouting, DerelictionReportsGoTopDown) {
  auto c = case_in("500111001001");
  c["kind"] = "report";
  c["title"] = "反映龙岗街道某科室推诿扯皮";
  const route_decision d = shipped().route(c);
  EXPECT_EQ(d.rule_id, "dereliction_of_duty");
  EXPECT_EQ(d.unit_id, "cq12345");
}

TEST(ShippedRouting, AConsultationMentioningDerelictionStillGoesBottomUp) {
  auto c = case_in("500111001001");
  c["kind"] = "consultation";
  c["title"] = "咨询不作为如何投诉";
  EXPECT_EQ(shipped().route(c).unit_id, "dazu_longgang_xueba");
}

TEST(ShippedRouting, MarketSupervisionGoesToTheDepartment) {
  auto c = case_in("500103004");
  c["domain"] = "market_supervision";
  const route_decision d = shipped().route(c);
  EXPECT_EQ(d.unit_id, "cq_scjgj");
  EXPECT_EQ(d.level, "department");
}

TEST(ShippedRouting, SupervisedItemsStopAtTheDistrict) {
  auto c = case_in("500101001001");
  c["handling"] = {{"class", "supervised"}};
  const route_decision d = shipped().route(c);
  EXPECT_EQ(d.rule_id, "supervised_to_district");
  EXPECT_EQ(d.unit_id, "wanzhou");
  EXPECT_EQ(d.level, "district");
}

}  // namespace
}  // namespace casegw::routing::test
