// The loader refuses a broken unit directory or route table as a whole, naming every problem as
// "file:line: key: problem" so that check-config shows an operator all of them at once.
#include "routing_test_support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace casegw::routing::test {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

constexpr std::string_view good_routes = R"(routes:
  - {id: default, direction: bottom_up, fallback_unit: cq}
)";

// Units each on their own line: unit i is on line i + 2.
std::string units_with(std::string_view extra) {
  return "units:\n  - {id: cq, name: 指挥中心, level: city, division_code: \"500000\", destination: local}\n" + std::string(extra);
}

// Rules each on their own line after the header: rule i is on line i + 2; the default comes last.
std::string routes_with(std::string_view rules) {
  return "routes:\n" + std::string(rules) + "  - {id: default, direction: bottom_up, fallback_unit: cq}\n";
}

class LoaderProblems : public ::testing::Test {
 protected:
  std::vector<std::string> unit_problems(std::string_view extra) const { return files_.problems(units_with(extra), good_routes); }
  std::vector<std::string> route_problems(std::string_view rules) const {
    return files_.problems(units_with(""), routes_with(rules));
  }
  routing_files files_;
};

TEST_F(LoaderProblems, GoodFilesLoadWithoutProblems) {
  const routing_load_result loaded = files_.load(units_with(""), good_routes);
  EXPECT_THAT(loaded.problems, IsEmpty());
  ASSERT_NE(loaded.router, nullptr);
  EXPECT_EQ(loaded.router->unit_count(), 1u);
}

TEST_F(LoaderProblems, ABrokenFileGivesNoRouter) {
  const routing_load_result loaded = files_.load(units_with("  - {id: x}\n"), good_routes);
  EXPECT_EQ(loaded.router, nullptr);
  EXPECT_FALSE(loaded.problems.empty());
}

// ---- units.yaml --------------------------------------------------------------------------------

TEST_F(LoaderProblems, UnitKeysAreRequiredAndUnknownOnesRefused) {
  EXPECT_THAT(unit_problems("  - {id: wz, level: district, division_code: \"500101\", destnation: local}\n"),
              ElementsAre("<dir>/units.yaml:3: units[1]: unknown key 'destnation' (did you mean 'destination'?); known: id, "
                          "name, level, division_code, destination, parent, locality",
                          "<dir>/units.yaml:3: units[1].name: is required",
                          "<dir>/units.yaml:3: units[1].destination: is required"));
}

TEST_F(LoaderProblems, UnitIdsMustBeIdentifiers) {
  EXPECT_THAT(unit_problems("  - {id: Wan-Zhou, name: 万州区, level: district, division_code: \"500101\", destination: local}\n"),
              ElementsAre("<dir>/units.yaml:3: units[1].id: 'Wan-Zhou' must be a-z, 0-9 and _, starting with a letter, at most 64"));
}

TEST_F(LoaderProblems, UnitLevelMustBeOneOfTheFive) {
  EXPECT_THAT(unit_problems("  - {id: wz, name: 万州区, level: county, division_code: \"500101\", destination: local}\n"),
              ElementsAre("<dir>/units.yaml:3: units[1].level: 'county' is not one of city, district, town, village, department"));
}

TEST_F(LoaderProblems, UnitCodesMustBeKnownDivisionCodes) {
  EXPECT_THAT(unit_problems("  - {id: wz, name: 万州区, level: district, division_code: \"500199\", destination: local}\n"
                            "  - {id: xx, name: 某街道, level: town, division_code: 50010A001, destination: local}\n"),
              ElementsAre("<dir>/units.yaml:3: units[1].division_code: '500199' is not a known division code "
                          "(config/divisions); a district unit needs a 6-digit county-level code",
                          "<dir>/units.yaml:4: units[2].division_code: '50010A001' is not a division code; a town unit "
                          "needs a 9-digit town code"));
}

TEST_F(LoaderProblems, UnitCodesMustFitTheUnitsLevel) {
  EXPECT_THAT(
      unit_problems("  - {id: a, name: 万州区, level: town, division_code: \"500101\", destination: local}\n"
                    "  - {id: b, name: 高笋塘, level: village, division_code: \"500101001\", destination: local}\n"
                    "  - {id: c, name: 东方广场, level: district, division_code: \"500101001001\", destination: local}\n"
                    "  - {id: d, name: 万州区, level: city, division_code: \"500101\", destination: local, locality: false}\n"),
      ElementsAre("<dir>/units.yaml:3: units[1].division_code: '500101' is a county code; a town unit needs a 9-digit town code",
                  "<dir>/units.yaml:4: units[2].division_code: '500101001' is a town code; a village unit needs a 12-digit "
                  "village code",
                  "<dir>/units.yaml:5: units[3].division_code: '500101001001' is a village code; a district unit needs a "
                  "6-digit county-level code",
                  "<dir>/units.yaml:6: units[4].division_code: '500101' is a county code; a city unit needs a province "
                  "(PP0000) or prefecture (PPCC00) code"));
}

TEST_F(LoaderProblems, ADepartmentTakesAnyKnownCodeButNeverLocality) {
  EXPECT_THAT(unit_problems("  - {id: a, name: 万州区市场监管局, level: department, division_code: \"500101\", destination: local}\n"
                            "  - {id: b, name: 某局, level: department, division_code: \"500101\", destination: local, locality: true}\n"),
              ElementsAre("<dir>/units.yaml:4: units[2].locality: a department is never picked by locality first"));
}

TEST_F(LoaderProblems, UnitDestinationsMustBeConfigured) {
  EXPECT_THAT(unit_problems("  - {id: wz, name: 万州区, level: district, division_code: \"500101\", destination: lcoal}\n"),
              ElementsAre("<dir>/units.yaml:3: units[1].destination: unknown destination 'lcoal' (did you mean 'local'?); "
                          "known: local, analytics, review_queue"));
}

TEST_F(LoaderProblems, UnitIdsAreUnique) {
  EXPECT_THAT(unit_problems("  - {id: cq, name: 万州区, level: district, division_code: \"500101\", destination: local}\n"),
              ElementsAre("<dir>/units.yaml:3: units.cq: id is given twice; first at line 2"));
}

TEST_F(LoaderProblems, TwoLocalityUnitsCannotShareACode) {
  EXPECT_THAT(unit_problems("  - {id: review, name: 审核组, level: city, division_code: \"500000\", destination: local}\n"),
              ElementsAre("<dir>/units.yaml:3: units.review.division_code: unit 'cq' already covers 500000 for locality "
                          "first; set locality: false on the one that is reached only top-down"));
  EXPECT_THAT(unit_problems("  - {id: review, name: 审核组, level: city, division_code: \"500000\", destination: local, "
                            "locality: false}\n"),
              IsEmpty());
}

TEST_F(LoaderProblems, ParentsMustBeOtherKnownUnits) {
  EXPECT_THAT(unit_problems("  - {id: wz, name: 万州区, level: district, division_code: \"500101\", destination: local, parent: cqq}\n"
                            "  - {id: dz, name: 大足区, level: district, division_code: \"500111\", destination: local, parent: dz}\n"),
              ElementsAre("<dir>/units.yaml:3: units.wz.parent: unknown unit 'cqq'; known: cq, wz, dz",
                          "<dir>/units.yaml:4: units.dz.parent: a unit cannot be its own parent"));
}

TEST_F(LoaderProblems, TheUnitsFileNeedsAListOfUnits) {
  EXPECT_THAT(files_.problems("units: []\n", good_routes),
              ElementsAre("<dir>/units.yaml:1: units: must be a list of units, at least one",
                          "<dir>/routes.yaml:2: routes[0].fallback_unit: unknown unit 'cq'; known: none"));
  EXPECT_THAT(files_.problems("unit:\n  - {}\n", good_routes),
              ElementsAre("<dir>/units.yaml: units: is required",
                          "<dir>/units.yaml:1: unknown key 'unit' (did you mean 'units'?); known: units",
                          "<dir>/routes.yaml:2: routes[0].fallback_unit: unknown unit 'cq'; known: none"));
}

TEST_F(LoaderProblems, ASyntaxErrorIsReportedWithItsLineAndUnitsAreThenNotChecked) {
  EXPECT_THAT(files_.problems("units:\n  - {id: cq, name: [unclosed\n", good_routes),
              ElementsAre(::testing::StartsWith("<dir>/units.yaml:3: YAML syntax error: ")));
}

TEST_F(LoaderProblems, AMissingFileIsReported) {
  const auto loaded = load_routing("/nonexistent/units.yaml", "/nonexistent/routes.yaml", shipped_divisions(), {"local"}, {});
  ASSERT_EQ(loaded.problems.size(), 2u);
  EXPECT_EQ(loaded.problems[0].to_string(), "/nonexistent/units.yaml: cannot open the routing file: does not exist");
  EXPECT_EQ(loaded.problems[1].to_string(), "/nonexistent/routes.yaml: cannot open the routing file: does not exist");
}

TEST_F(LoaderProblems, WithoutADivisionDirectoryNothingLoads) {
  const auto loaded = load_routing("units.yaml", "routes.yaml", nullptr, {"local"}, {});
  EXPECT_EQ(loaded.router, nullptr);
  ASSERT_EQ(loaded.problems.size(), 1u);
  EXPECT_EQ(loaded.problems[0].to_string(), "units.yaml: the division directory is not loaded, so unit codes cannot be checked");
}

// ---- routes.yaml -------------------------------------------------------------------------------

TEST_F(LoaderProblems, MatchKeysAreTheDocumentedOnes) {
  EXPECT_THAT(route_problems("  - {id: r, match: {chanel: city_portal}, direction: top_down, unit: cq}\n"),
              ElementsAre("<dir>/routes.yaml:2: routes[0].match: unknown key 'chanel' (did you mean 'channel'?); known: "
                          "channel, kind, class, domain, category_code, region_prefix, scope, exclusion, urgent, "
                          "title_keywords"));
}

TEST_F(LoaderProblems, ClosedVocabulariesRefuseUnknownWords) {
  EXPECT_THAT(route_problems("  - {id: a, match: {kind: [complaint, complain]}, direction: top_down, unit: cq}\n"
                             "  - {id: b, match: {class: handed-down}, direction: top_down, unit: cq}\n"
                             "  - {id: c, match: {domain: market}, direction: top_down, unit: cq}\n"
                             "  - {id: d, match: {scope: out_of_scope}, direction: top_down, unit: cq}\n"),
              ElementsAre("<dir>/routes.yaml:2: routes[0].match.kind: unknown kind 'complain' (did you mean 'complaint'?); "
                          "known: consultation, complaint, help, report, suggestion, praise, other",
                          "<dir>/routes.yaml:3: routes[1].match.class: unknown class 'handed-down' (did you mean "
                          "'handed_down'?); known: handed_down, supervised, verification",
                          "<dir>/routes.yaml:4: routes[2].match.domain: unknown domain 'market'; known: economic_regulation, "
                          "market_supervision, social_management, public_service, ecology_environment, other",
                          "<dir>/routes.yaml:5: routes[3].match.scope: unknown scope 'out_of_scope'; known: in_scope, "
                          "suspected_out_of_scope"));
}

TEST_F(LoaderProblems, ChannelsMustBeConfigured) {
  EXPECT_THAT(route_problems("  - {id: r, match: {channel: [hotline12345]}, direction: top_down, unit: cq}\n"),
              ElementsAre("<dir>/routes.yaml:2: routes[0].match.channel: unknown channel 'hotline12345' (did you mean "
                          "'hotline_12345'?); known: city_portal, hotline_12345, national_regulation"));
}

TEST_F(LoaderProblems, RegionPrefixesMustBeDigitsOfARealCode) {
  EXPECT_THAT(route_problems("  - {id: r, match: {region_prefix: ['5', '500199', 50a]}, direction: top_down, unit: cq}\n"),
              ElementsAre("<dir>/routes.yaml:2: routes[0].match.region_prefix: '5' must be 2 to 12 digits of a division code",
                          "<dir>/routes.yaml:2: routes[0].match.region_prefix: '500199' is not a known division code "
                          "(config/divisions)",
                          "<dir>/routes.yaml:2: routes[0].match.region_prefix: '50a' must be 2 to 12 digits of a division code"));
}

TEST_F(LoaderProblems, ListsMustNotBeEmptyAndUrgentIsAYesOrNo) {
  EXPECT_THAT(route_problems("  - {id: a, match: {title_keywords: []}, direction: top_down, unit: cq}\n"
                             "  - {id: b, match: {urgent: maybe}, direction: top_down, unit: cq}\n"),
              ElementsAre("<dir>/routes.yaml:2: routes[0].match.title_keywords: must list at least one value",
                          "<dir>/routes.yaml:3: routes[1].match.urgent: must be true or false"));
}

TEST_F(LoaderProblems, ARuleNeedsAnIdAndADirection) {
  EXPECT_THAT(route_problems("  - {match: {kind: help}, unit: cq}\n"
                             "  - {id: b, match: {kind: help}, direction: sideways}\n"),
              ElementsAre("<dir>/routes.yaml:2: routes[0].id: is required",
                          "<dir>/routes.yaml:2: routes[0].direction: is required",
                          "<dir>/routes.yaml:3: routes[1].direction: 'sideways' is not one of bottom_up, top_down"));
}

TEST_F(LoaderProblems, ATopDownRuleNeedsAKnownUnitAndNothingOfBottomUp) {
  EXPECT_THAT(route_problems("  - {id: a, match: {kind: help}, direction: top_down}\n"
                             "  - {id: b, match: {kind: help}, direction: top_down, unit: cqq}\n"
                             "  - {id: c, match: {kind: help}, direction: top_down, unit: cq, level: town, fallback_unit: cq}\n"),
              ElementsAre("<dir>/routes.yaml:2: routes[0].unit: is required",
                          "<dir>/routes.yaml:3: routes[1].unit: unknown unit 'cqq' (did you mean 'cq'?); known: cq",
                          "<dir>/routes.yaml:4: routes[2].level: a top-down rule goes to its unit, at the unit's level; "
                          "level caps bottom-up rules only",
                          "<dir>/routes.yaml:4: routes[2].fallback_unit: a top-down rule always has its unit; fallback_unit "
                          "is for bottom-up rules"));
}

TEST_F(LoaderProblems, ABottomUpRuleNamesNoUnitAKnownFallbackAndALocalityLevel) {
  EXPECT_THAT(route_problems("  - {id: a, match: {kind: help}, direction: bottom_up, unit: cq}\n"
                             "  - {id: b, match: {kind: help}, direction: bottom_up, fallback_unit: nobody}\n"
                             "  - {id: c, match: {kind: help}, direction: bottom_up, level: department}\n"),
              ElementsAre("<dir>/routes.yaml:2: routes[0].unit: a bottom-up rule finds its unit from the case's region "
                          "code; name one as fallback_unit, or use direction: top_down",
                          "<dir>/routes.yaml:3: routes[1].fallback_unit: unknown unit 'nobody'; known: cq",
                          "<dir>/routes.yaml:4: routes[2].level: 'department' is not one of city, district, town, village"));
}

TEST_F(LoaderProblems, FanOutDestinationsMustBeConfigured) {
  EXPECT_THAT(route_problems("  - {id: a, match: {kind: help}, direction: top_down, unit: cq, also: [analytics, analytic]}\n"),
              ElementsAre("<dir>/routes.yaml:2: routes[0].also: unknown destination 'analytic' (did you mean 'analytics'?); "
                          "known: local, analytics, review_queue"));
}

TEST_F(LoaderProblems, RuleIdsAreUnique) {
  EXPECT_THAT(route_problems("  - {id: default, match: {kind: help}, direction: top_down, unit: cq}\n"),
              ElementsAre("<dir>/routes.yaml:3: routes.default: id is given twice; first at line 2"));
}

TEST_F(LoaderProblems, TheLastRuleMustTakeEveryCase) {
  EXPECT_THAT(files_.problems(units_with(""), "routes:\n  - {id: last, match: {kind: help}, direction: top_down, unit: cq}\n"),
              ElementsAre("<dir>/routes.yaml:2: routes.last: the last rule must be the default: no match conditions, so "
                          "that every case has a route"));
}

TEST_F(LoaderProblems, ABrokenConditionIsNeverTakenForNoCondition) {
  // Had the refused kind left an empty match, the rule would read as a default hiding the next one.
  EXPECT_THAT(route_problems("  - {id: a, match: {kind: [complain]}, direction: top_down, unit: cq}\n"),
              ElementsAre(::testing::HasSubstr("unknown kind 'complain'")));
}

TEST_F(LoaderProblems, TheDefaultRuleMustAlwaysFindAUnit) {
  EXPECT_THAT(files_.problems(units_with(""), "routes:\n  - {id: default, direction: bottom_up}\n"),
              ElementsAre("<dir>/routes.yaml:2: routes.default: the default rule must always find a unit: give it a "
                          "fallback_unit, or make it top_down with a unit"));
}

TEST_F(LoaderProblems, RulesAfterTheDefaultAreRefusedAsUnreachable) {
  EXPECT_THAT(files_.problems(units_with(""), "routes:\n"
                                              "  - {id: everything, direction: top_down, unit: cq}\n"
                                              "  - {id: help, match: {kind: help}, direction: top_down, unit: cq}\n"
                                              "  - {id: default, direction: bottom_up, fallback_unit: cq}\n"),
              ElementsAre("<dir>/routes.yaml:3: routes.help: is never tried: rule 'everything' (line 2) takes every case; "
                          "the default rule must be the last",
                          "<dir>/routes.yaml:4: routes.default: is never tried: rule 'everything' (line 2) takes every "
                          "case; the default rule must be the last"));
}

TEST_F(LoaderProblems, TheRoutesFileNeedsAListOfRulesAndNothingElse) {
  EXPECT_THAT(files_.problems(units_with(""), "routes: []\nextra: 1\n"),
              ElementsAre("<dir>/routes.yaml:1: routes: must be a list of rules, ending with a default rule that takes "
                          "every case",
                          "<dir>/routes.yaml:2: unknown key 'extra'; known: routes"));
}

TEST_F(LoaderProblems, ProblemsOfBothFilesAreReportedTogether) {
  EXPECT_THAT(files_.problems(units_with("  - {id: wz, name: 万州区, level: district, division_code: \"500101\", destination: x}\n"),
                              routes_with("  - {id: a, match: {kind: nothing}, direction: top_down, unit: wz}\n")),
              ElementsAre(::testing::StartsWith("<dir>/units.yaml:3: units[1].destination: unknown destination 'x'"),
                          ::testing::StartsWith("<dir>/routes.yaml:2: routes[0].match.kind: unknown kind 'nothing'")));
}

}  // namespace
}  // namespace casegw::routing::test
