// The policy applied to whole cases, with the shipped calendar and profiles: the deadlines
// group follows the channel's profile, the item's handling class and an assigned deadline.
#include "policy/case_policy.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

namespace casegw::policy {
namespace {

namespace json = boost::json;

std::shared_ptr<const policy_set> shipped_policy() {
  const std::string source = CASEGW_SOURCE_DIR;
  static const auto loaded = load_policy_set({source + "/config/calendar/holidays-cn", source + "/config/policy/deadlines.yaml",
                                              source + "/config/policy/evaluation.yaml"});
  EXPECT_TRUE(loaded.problems.empty()) << loaded.problems.front();
  return loaded.value;
}

json::object adapter_part(std::string_view kind, std::string_view submitted_at, json::object handling = {}) {
  json::object part{{"kind", kind}, {"submitted_at", submitted_at}};
  if (!handling.empty()) part["handling"] = std::move(handling);
  return part;
}

TEST(CasePolicy, AConsultationOnThePlatformIsDueAfterFiveWorkingDaysAcrossNationalDay) {
  const auto groups = case_policy(shipped_policy()).groups_for("city_portal", adapter_part("consultation", "2021-09-30T10:00:00+08:00"));
  const auto& deadlines = groups.at("deadlines").as_object();
  EXPECT_EQ(deadlines.at("due_at").as_string(), "2021-10-13T23:59:59+08:00");
  EXPECT_EQ(deadlines.at("rule").as_string(), "platform.consultation");
  EXPECT_EQ(groups.at("evaluation").at("collector").as_string(), "platform");
}

TEST(CasePolicy, ASupervisedItemGetsTenWorkingDays) {
  const auto groups = case_policy(shipped_policy())
                          .groups_for("city_portal", adapter_part("complaint", "2021-09-30T10:00:00+08:00", {{"class", "supervised"}}));
  // 10-08 day 1, 10-09 (makeup Saturday) 2, 10-11..10-15 3..7, 10-18 8, 10-19 9, 10-20 10.
  EXPECT_EQ(groups.at("deadlines").at("due_at").as_string(), "2021-10-20T23:59:59+08:00");
  EXPECT_EQ(groups.at("deadlines").at("working_days").as_int64(), 10);
}

TEST(CasePolicy, AHandedDownItemKeepsTheDeadlineItWasGiven) {
  const auto groups = case_policy(shipped_policy())
                          .groups_for("state_council", adapter_part("complaint", "2026-11-20T09:00:00+08:00",
                                                                    {{"class", "handed_down"},
                                                                     {"assigned_due_at", "2026-11-27T18:00:00+08:00"}}));
  const auto& deadlines = groups.at("deadlines").as_object();
  EXPECT_EQ(deadlines.at("due_at").as_string(), "2026-11-27T18:00:00+08:00");
  EXPECT_NE(std::string(deadlines.at("rule").as_string()).find(".assigned"), std::string::npos) << deadlines.at("rule");
  EXPECT_FALSE(deadlines.contains("working_days")) << "no amount produced an assigned date";
}

TEST(CasePolicy, AnUrgent12345ItemIsCountedInHours) {
  const auto groups = case_policy(shipped_policy())
                          .groups_for("hotline_12345", adapter_part("help", "2026-11-20T09:00:00+08:00", {{"urgent", true}}));
  EXPECT_TRUE(groups.at("deadlines").as_object().contains("hours")) << groups.at("deadlines");
}

TEST(CasePolicy, AMissingCalendarYearIsRecordedNotGuessed) {
  const auto groups = case_policy(shipped_policy()).groups_for("city_portal", adapter_part("complaint", "2027-03-01T10:00:00+08:00"));
  const auto& deadlines = groups.at("deadlines").as_object();
  EXPECT_FALSE(deadlines.contains("due_at"));
  EXPECT_EQ(deadlines.at("error").at("code").as_string(), "CALENDAR_YEAR_MISSING");
  EXPECT_NE(std::string(deadlines.at("error").at("message").as_string()).find("2027"), std::string::npos);
}

}  // namespace
}  // namespace casegw::policy
