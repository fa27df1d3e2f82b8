// The unified case's `deadlines` group as deadline_result::to_json() writes it.
#include "policy/deadline_calculator.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

namespace casegw::policy {
namespace {

const holiday_calendar& shipped_calendar() {
  static const holiday_calendar calendar = holiday_calendar::load(CASEGW_SHIPPED_CALENDAR_DIR);
  return calendar;
}

TEST(DeadlineResultJson, SpecExampleAsTheDeadlinesGroup) {
  const deadline_rule rule{"platform.consultation", deadline_unit::working_days, 5, "咨询类 5 个工作日", false};
  const auto result =
      deadline_calculator(shipped_calendar()).compute(rule, *time::parse_rfc3339("2021-09-30T10:00:00+08:00"));
  const boost::json::value expected = boost::json::parse(R"({
    "due_at": "2021-10-13T23:59:59+08:00",
    "working_days": 5,
    "rule": "platform.consultation",
    "basis": "咨询类 5 个工作日",
    "calendar": "holidays-cn 2019–2026",
    "extension_max_working_days": 10,
    "extension_apply_by": "2021-10-12T23:59:59+08:00",
    "extension_max_due_at": "2021-10-27T23:59:59+08:00",
    "co_handler_due_at": "2021-10-12T23:59:59+08:00",
    "transfer_request_by": "2021-10-09T23:59:59+08:00",
    "calendar_years": [2021]
  })");
  EXPECT_EQ(boost::json::value(result.to_json()), expected) << boost::json::serialize(result.to_json());
}

TEST(DeadlineResultJson, UnitNamesTheAmountMember) {
  const deadline_calculator calculator(shipped_calendar());
  const auto submitted = *time::parse_rfc3339("2021-09-28T10:00:00+08:00");
  const auto days = calculator.compute({"c", deadline_unit::calendar_days, 7, "", false}, submitted).to_json();
  EXPECT_EQ(days.at("calendar_days"), 7);
  EXPECT_FALSE(days.contains("working_days"));
  const auto hours = calculator.compute({"h", deadline_unit::hours, 24, "", false}, submitted).to_json();
  EXPECT_EQ(hours.at("hours"), 24);
  EXPECT_EQ(hours.at("due_at"), "2021-09-29T10:00:00+08:00");
}

TEST(DeadlineResultJson, AssignedDueCarriesNoAmount) {
  const deadline_rule rule{"platform.handed_down", deadline_unit::working_days, 15, "交办时限", true};
  const auto json = deadline_calculator(shipped_calendar())
                        .compute(rule, *time::parse_rfc3339("2024-09-10T09:00:00+08:00"),
                                 time::parse_rfc3339("2024-09-20T17:00:00+08:00"))
                        .to_json();
  EXPECT_EQ(json.at("rule"), "platform.handed_down.assigned");
  EXPECT_EQ(json.at("due_at"), "2024-09-20T17:00:00+08:00");
  EXPECT_FALSE(json.contains("working_days"));
}

}  // namespace
}  // namespace casegw::policy
