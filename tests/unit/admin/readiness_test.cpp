// /readyz's judgement with a fixed "today": the store, the channels' plugins, and the holiday
// calendar for this year (required) and next year (pending until its due day, then failing).
#include "admin/readiness.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

namespace casegw::admin {
namespace {

using policy::civil_day;

readiness_facts healthy(civil_day today) {
  readiness_facts f;
  f.store_writable = true;
  f.channels = {{"city_portal", true, true}, {"hotline_12345", false, false}};
  f.calendar_years = {2024, 2025, 2026};
  f.today = today;
  return f;
}

const readiness_check& check(const readiness_report& r, std::string_view name) {
  for (const auto& c : r.checks)
    if (c.name == name) return c;
  throw std::runtime_error("no check " + std::string(name));
}

TEST(Readiness, ReadyWithNextYearPendingBeforeItsDueDay) {
  const auto r = assess_readiness(healthy(civil_day::from_ymd(2026, 11, 25)));
  EXPECT_TRUE(r.ready());
  EXPECT_EQ(check(r, "store_writable").status, check_status::pass);
  EXPECT_EQ(check(r, "plugins_loaded").status, check_status::pass);
  EXPECT_EQ(check(r, "calendar_this_year").status, check_status::pass);
  const auto& next = check(r, "calendar_next_year");
  EXPECT_EQ(next.status, check_status::pending);
  EXPECT_NE(next.detail.find("2027"), std::string::npos) << next.detail;
  EXPECT_NE(next.detail.find("2026-12-01"), std::string::npos) << next.detail;
}

TEST(Readiness, NextYearMissingFailsFromItsDueDayOn) {
  for (const auto today : {civil_day::from_ymd(2026, 12, 1), civil_day::from_ymd(2026, 12, 31)}) {
    const auto r = assess_readiness(healthy(today));
    EXPECT_FALSE(r.ready());
    EXPECT_EQ(check(r, "calendar_next_year").status, check_status::fail);
  }
}

TEST(Readiness, TheDueDayIsConfigurable) {
  auto facts = healthy(civil_day::from_ymd(2026, 10, 15));
  facts.next_year_calendar_due = "10-15";
  EXPECT_FALSE(assess_readiness(facts).ready());
  facts.next_year_calendar_due = "never";
  facts.today = civil_day::from_ymd(2026, 12, 31);
  const auto r = assess_readiness(facts);
  EXPECT_TRUE(r.ready());
  EXPECT_EQ(check(r, "calendar_next_year").status, check_status::pending);
}

TEST(Readiness, NextYearCoveredPasses) {
  auto facts = healthy(civil_day::from_ymd(2025, 12, 20));
  const auto r = assess_readiness(facts);
  EXPECT_TRUE(r.ready());
  EXPECT_EQ(check(r, "calendar_next_year").status, check_status::pass);
}

TEST(Readiness, ThisYearMissingIsNotReady) {
  const auto r = assess_readiness(healthy(civil_day::from_ymd(2027, 1, 2)));
  EXPECT_FALSE(r.ready());
  EXPECT_EQ(check(r, "calendar_this_year").status, check_status::fail);
  EXPECT_NE(check(r, "calendar_this_year").detail.find("2027"), std::string::npos);
}

TEST(Readiness, AStoreThatRefusesWritesIsNotReady) {
  auto facts = healthy(civil_day::from_ymd(2026, 11, 25));
  facts.store_writable = false;
  const auto r = assess_readiness(facts);
  EXPECT_FALSE(r.ready());
  EXPECT_EQ(check(r, "store_writable").status, check_status::fail);
}

TEST(Readiness, AnEnabledChannelWithoutItsPluginIsNotReadyADisabledOneDoesNotCount) {
  auto facts = healthy(civil_day::from_ymd(2026, 11, 25));
  EXPECT_TRUE(assess_readiness(facts).ready());  // hotline_12345 is disabled and has none
  facts.channels.push_back({"state_council", true, false});
  const auto r = assess_readiness(facts);
  EXPECT_FALSE(r.ready());
  EXPECT_NE(check(r, "plugins_loaded").detail.find("state_council"), std::string::npos);
  facts.channels.clear();
  EXPECT_FALSE(assess_readiness(facts).ready());
}

TEST(Readiness, MonthDaysAreParsedStrictly) {
  EXPECT_EQ(parse_month_day("12-01")->month, 12u);
  EXPECT_EQ(parse_month_day("02-29")->day, 29u);
  EXPECT_FALSE(parse_month_day("never"));
  EXPECT_FALSE(parse_month_day("13-01"));
  EXPECT_FALSE(parse_month_day("04-31"));
  EXPECT_FALSE(parse_month_day("1-01"));
  EXPECT_FALSE(parse_month_day("12-1 "));
}

TEST(Readiness, TheBodyListsEveryCheckWithItsStatus) {
  const auto body = readiness_json(assess_readiness(healthy(civil_day::from_ymd(2026, 12, 2)))).as_object();
  EXPECT_EQ(body.at("status").as_string(), "not_ready");
  const auto& checks = body.at("checks").as_array();
  ASSERT_EQ(checks.size(), 4u);
  EXPECT_EQ(checks[0].at("name").as_string(), "store_writable");
  EXPECT_EQ(checks[0].at("status").as_string(), "pass");
  EXPECT_EQ(checks[3].at("name").as_string(), "calendar_next_year");
  EXPECT_EQ(checks[3].at("status").as_string(), "fail");
}

}  // namespace
}  // namespace casegw::admin
