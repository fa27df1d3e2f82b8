// Top-down rules send a case straight to their unit wherever it happened (handed-down items,
// dereliction reports); `also` fans a case out to more destinations, never twice to one; and the
// decision becomes the case's `route` group.
#include "routing_test_support.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

namespace casegw::routing::test {
namespace {

constexpr std::string_view table = R"(routes:
  - id: handed_down
    match: {class: handed_down}
    direction: top_down
    unit: cq
    also: [analytics]
  - id: market
    match: {domain: market_supervision}
    direction: top_down
    unit: scjgj
    also: [analytics, local, analytics]
  - id: default
    direction: bottom_up
    fallback_unit: cq
)";

class TopDownAndFanOut : public ::testing::Test {
 protected:
  route_decision route(const boost::json::object& c) const { return files_.router_of(table)->route(c); }
  routing_files files_;
};

TEST_F(TopDownAndFanOut, AHandedDownCaseGoesToTheCityCommandCentreWhereverItHappened) {
  auto c = sample_case();  // in 东方广场社区, which has a unit of its own
  c["handling"] = {{"class", "handed_down"}};
  const route_decision d = route(c);
  EXPECT_EQ(d.rule_id, "handed_down");
  EXPECT_EQ(d.unit_id, "cq");
  EXPECT_EQ(d.unit_name, "重庆市12345市级指挥中心");
  EXPECT_EQ(d.level, "city");
  EXPECT_EQ(d.division_code, "500000");
  EXPECT_EQ(d.direction, "top_down");
  EXPECT_EQ(d.reason, "top down by rule handed_down → unit cq");
}

TEST_F(TopDownAndFanOut, TheUnitsDestinationComesFirstThenTheFanOut) {
  auto c = sample_case();
  c["handling"] = {{"class", "handed_down"}};
  EXPECT_EQ(route(c).destinations, (std::vector<std::string>{"local", "analytics"}));
}

TEST_F(TopDownAndFanOut, AFanOutNeverNamesADestinationTwice) {
  auto c = sample_case();
  c["domain"] = "market_supervision";
  const route_decision d = route(c);
  EXPECT_EQ(d.unit_id, "scjgj");
  EXPECT_EQ(d.level, "department");
  EXPECT_EQ(d.destinations, (std::vector<std::string>{"local", "analytics"}));
}

TEST_F(TopDownAndFanOut, ACaseNoTopDownRuleTakesGoesBottomUp) {
  const route_decision d = route(sample_case());
  EXPECT_EQ(d.rule_id, "default");
  EXPECT_EQ(d.unit_id, "dongfang");
  EXPECT_EQ(d.destinations, std::vector<std::string>{"local"});
}

TEST_F(TopDownAndFanOut, TheDecisionIsTheCasesRouteGroup) {
  auto c = sample_case();
  c["handling"] = {{"class", "handed_down"}};
  const boost::json::object expected{
      {"rule", "handed_down"},
      {"destination", "local"},
      {"destinations", {"local", "analytics"}},
      {"level", "city"},
      {"unit", {{"id", "cq"}, {"name", "重庆市12345市级指挥中心"}, {"division_code", "500000"}}},
      {"direction", "top_down"},
      {"reason", "top down by rule handed_down → unit cq"},
  };
  EXPECT_EQ(to_json(route(c)), expected);
}

TEST_F(TopDownAndFanOut, AdminViewsListUnitsAndRulesAsLoaded) {
  const auto r = files_.router_of(table);
  EXPECT_EQ(r->unit_count(), 8u);
  EXPECT_EQ(r->rule_count(), 3u);
  const boost::json::array units = r->units_json();
  EXPECT_EQ(units[3].as_object().at("id"), "wanzhou");
  EXPECT_EQ(units[3].as_object().at("parent"), "cq");
  EXPECT_EQ(units[1].as_object().at("locality"), false);
  const boost::json::array rules = r->rules_json();
  EXPECT_EQ(rules[0].as_object().at("match"), (boost::json::object{{"class", {"handed_down"}}}));
  EXPECT_EQ(rules[0].as_object().at("unit"), "cq");
  EXPECT_EQ(rules[2].as_object().at("fallback_unit"), "cq");
  EXPECT_EQ(rules[2].as_object().at("level"), "village");
}

TEST_F(TopDownAndFanOut, ARouterIsSharedAcrossThreadsWithoutChangingItsAnswers) {
  const auto r = files_.router_of(table);
  const boost::json::object c = sample_case();
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 200; ++i) {
        if (r->route(c).unit_id != "dongfang") ++wrong;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(wrong.load(), 0);
}

}  // namespace
}  // namespace casegw::routing::test
