// Deadlines on real dates (SPEC §3 counting: the submission's Shanghai date is not counted, day 1
// is the next working day, due 23:59:59+08:00 of day N). Every expected date was counted by hand
// on a wall calendar against config/calendar/holidays-cn/*.json; the comments show the count.
#include "policy/deadline_calculator.hpp"
#include "policy/shanghai_time.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace casegw::policy {
namespace {

using ::testing::ElementsAre;
using ::testing::ElementsAreArray;

const holiday_calendar& shipped_calendar() {
  static const holiday_calendar calendar = holiday_calendar::load(CASEGW_SHIPPED_CALENDAR_DIR);
  return calendar;
}

time::instant at(const char* text) {
  const auto parsed = time::parse_rfc3339(text);
  if (!parsed) throw std::invalid_argument(text);
  return *parsed;
}

deadline_rule working_days_rule(const char* id, int amount) {
  return deadline_rule{id, deadline_unit::working_days, amount, "test basis", false};
}

struct deadline_case {
  const char* name;
  deadline_rule rule;
  const char* submitted;
  const char* due_at;
  const char* extension_apply_by;  // also co_handler_due_at: both are 1 working day before due
  const char* extension_max_due_at;
  const char* transfer_request_by;
  std::vector<int> years;
};

void PrintTo(const deadline_case& c, std::ostream* out) { *out << c.name << " submitted " << c.submitted; }

class DeadlineOnRealDates : public ::testing::TestWithParam<deadline_case> {};

TEST_P(DeadlineOnRealDates, EveryDateMatchesTheHandCount) {
  const deadline_case& c = GetParam();
  const deadline_result result = deadline_calculator(shipped_calendar()).compute(c.rule, at(c.submitted));
  EXPECT_EQ(format_shanghai(result.due_at_ms), c.due_at);
  EXPECT_EQ(format_shanghai(result.extension_apply_by_ms), c.extension_apply_by);
  EXPECT_EQ(format_shanghai(result.co_handler_due_at_ms), c.extension_apply_by);
  EXPECT_EQ(format_shanghai(result.extension_max_due_at_ms), c.extension_max_due_at);
  EXPECT_EQ(format_shanghai(result.transfer_request_by_ms), c.transfer_request_by);
  EXPECT_THAT(result.calendar_years, ElementsAreArray(c.years));
  EXPECT_EQ(result.rule, c.rule.id);
  EXPECT_EQ(result.amount, c.rule.amount);
  EXPECT_EQ(result.unit, c.rule.unit);
  EXPECT_FALSE(result.assigned);
  EXPECT_EQ(result.extension_max_working_days, 10);
}

INSTANTIATE_TEST_SUITE_P(
    Holidays, DeadlineOnRealDates,
    ::testing::Values(
        // SPEC example. 国庆 2021: 10-01..07 off; 10-08 d1, Sat 10-09 (makeup) d2, 10-11 d3, 10-12 d4,
        // 10-13 d5. +10: 10-14 .. 10-27. Transfer: 10-08 d1, 10-09 d2.
        deadline_case{"NationalDay2021Consultation", working_days_rule("platform.consultation", 5),
                      "2021-09-30T10:00:00+08:00", "2021-10-13T23:59:59+08:00", "2021-10-12T23:59:59+08:00",
                      "2021-10-27T23:59:59+08:00", "2021-10-09T23:59:59+08:00", {2021}},
        // 16:30Z on 09-29 is already 00:30 on Thu 09-30 in Shanghai: same as the SPEC example.
        // (Counted from 09-29 it would be due 10-12.)
        deadline_case{"LateEveningUtcIsNextShanghaiDay", working_days_rule("platform.consultation", 5),
                      "2021-09-29T16:30:00Z", "2021-10-13T23:59:59+08:00", "2021-10-12T23:59:59+08:00",
                      "2021-10-27T23:59:59+08:00", "2021-10-09T23:59:59+08:00", {2021}},
        // 18:00-05:00 on Fri 10-08 is 07:00 on Sat 10-09 (makeup day) in Shanghai: 10-11 d1 .. 10-15 d5.
        // +10: 10-18 .. 10-29. Transfer: 10-11, 10-12.
        deadline_case{"NegativeOffsetOnMakeupSaturday", working_days_rule("platform.consultation", 5),
                      "2021-10-08T18:00:00-05:00", "2021-10-15T23:59:59+08:00", "2021-10-14T23:59:59+08:00",
                      "2021-10-29T23:59:59+08:00", "2021-10-12T23:59:59+08:00", {2021}},
        // Submitted on a holiday (Sat 10-02 2021): day 1 is still Fri 10-08, so the same dates as a
        // submission on 09-30: 10-08 d1, Sat 10-09 d2, 10-11..13 d3-5.
        deadline_case{"SubmittedOnHoliday", working_days_rule("platform.consultation", 5),
                      "2021-10-02T09:00:00+08:00", "2021-10-13T23:59:59+08:00", "2021-10-12T23:59:59+08:00",
                      "2021-10-27T23:59:59+08:00", "2021-10-09T23:59:59+08:00", {2021}},
        // Submitted on an ordinary Sunday (2021-10-17): 10-18..22 d1-5; +10: 10-25..29, 11-01..05.
        deadline_case{"SubmittedOnSunday", working_days_rule("platform.consultation", 5),
                      "2021-10-17T22:00:00+08:00", "2021-10-22T23:59:59+08:00", "2021-10-21T23:59:59+08:00",
                      "2021-11-05T23:59:59+08:00", "2021-10-19T23:59:59+08:00", {2021}},
        // 春节 2024: 02-09 d1, 02-10..17 off, Sun 02-18 (makeup) d2, 02-19..23 d3-7, 02-26..29 d8-11,
        // 03-01 d12, 03-04..06 d13-15. +10: 03-07 .. 03-20. Transfer: 02-09 d1, Sun 02-18 d2.
        deadline_case{"SpringFestival2024NonConsultation", working_days_rule("platform.non_consultation", 15),
                      "2024-02-08T16:20:00+08:00", "2024-03-06T23:59:59+08:00", "2024-03-05T23:59:59+08:00",
                      "2024-03-20T23:59:59+08:00", "2024-02-18T23:59:59+08:00", {2024}},
        // 春节 2025: Sun 01-26 (makeup) d1, 01-27 d2, 01-28..02-04 off, 02-05..07 d3-5, Sat 02-08 (makeup) d6,
        // 02-10..13 d7-10. +10: 02-14, 02-17..21, 02-24..27. Transfer: 01-26, 01-27.
        deadline_case{"SpringFestival2025Supervised", working_days_rule("platform.supervised", 10),
                      "2025-01-24T09:00:00+08:00", "2025-02-13T23:59:59+08:00", "2025-02-12T23:59:59+08:00",
                      "2025-02-27T23:59:59+08:00", "2025-01-27T23:59:59+08:00", {2025}},
        // 劳动节 2019 (changed by the 2019-03-22 notice): Sun 04-28 d1, 04-29 d2, 04-30 d3, 05-01..04 off,
        // Sun 05-05 d4, 05-06 d5. The working day before 05-06 is the makeup Sunday 05-05.
        // +10: 05-07..10, 05-13..17, 05-20. Transfer: 04-28, 04-29.
        deadline_case{"MayDay2019Change", working_days_rule("platform.consultation", 5),
                      "2019-04-26T11:00:00+08:00", "2019-05-06T23:59:59+08:00", "2019-05-05T23:59:59+08:00",
                      "2019-05-20T23:59:59+08:00", "2019-04-29T23:59:59+08:00", {2019}},
        // 春节 2020 extended to 02-02; Sat 02-01 no longer worked: 01-23 d1, 02-03 d2 .. 02-06 d5.
        // +10: 02-07, 02-10..14, 02-17..20. Transfer: 01-23, 02-03.
        deadline_case{"SpringFestival2020Extended", working_days_rule("platform.consultation", 5),
                      "2020-01-22T14:00:00+08:00", "2020-02-06T23:59:59+08:00", "2020-02-05T23:59:59+08:00",
                      "2020-02-20T23:59:59+08:00", "2020-02-03T23:59:59+08:00", {2020}},
        // Submitted on a Saturday: 03-21..25 d1-5. +10 crosses 清明 2022: 03-28..04-01 d1-5,
        // Sat 04-02 (makeup) d6, 04-03..05 off, 04-06..08 d7-9, 04-11 d10.
        deadline_case{"WeekendSubmissionQingming2022", working_days_rule("platform.consultation", 5),
                      "2022-03-19T10:00:00+08:00", "2022-03-25T23:59:59+08:00", "2022-03-24T23:59:59+08:00",
                      "2022-04-11T23:59:59+08:00", "2022-03-22T23:59:59+08:00", {2022}},
        // Year boundary: 12-23..26 d1-4, 12-29..31 d5-7, 2026-01-01..03 off, Sun 01-04 (makeup) d8,
        // 01-05..09 d9-13, 01-12 d14, 01-13 d15. +10: 01-14..16, 01-19..23, 01-26, 01-27.
        deadline_case{"YearBoundary2025To2026", working_days_rule("platform.non_consultation", 15),
                      "2025-12-22T09:00:00+08:00", "2026-01-13T23:59:59+08:00", "2026-01-12T23:59:59+08:00",
                      "2026-01-27T23:59:59+08:00", "2025-12-24T23:59:59+08:00", {2025, 2026}},
        // Year boundary onto a makeup Sunday: 12-26 d1, 12-29..31 d2-4, Sun 2026-01-04 d5. The working
        // day before Sun 01-04 is Wed 2025-12-31 (01-01..03 off). +10: 01-05..09, 01-12..16.
        deadline_case{"YearBoundaryDueOnMakeupSunday", working_days_rule("platform.consultation", 5),
                      "2025-12-25T15:00:00+08:00", "2026-01-04T23:59:59+08:00", "2025-12-31T23:59:59+08:00",
                      "2026-01-16T23:59:59+08:00", "2025-12-29T23:59:59+08:00", {2025, 2026}},
        // Last computable case before the missing 2027: due 12-17 (12-11, 12-14..17), +10 ends exactly
        // on 12-31 (12-18, 12-21..25, 12-28..31).
        deadline_case{"LastDeadlineBeforeMissing2027", working_days_rule("platform.consultation", 5),
                      "2026-12-10T09:00:00+08:00", "2026-12-17T23:59:59+08:00", "2026-12-16T23:59:59+08:00",
                      "2026-12-31T23:59:59+08:00", "2026-12-14T23:59:59+08:00", {2026}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(DeadlineUnits, CalendarDaysEndOnTheNthDayEvenOnAHoliday) {
  const deadline_rule rule{"channel.urgent", deadline_unit::calendar_days, 7, "7 natural days", false};
  const deadline_result result = deadline_calculator(shipped_calendar()).compute(rule, at("2021-09-28T10:00:00+08:00"));
  EXPECT_EQ(format_shanghai(result.due_at_ms), "2021-10-05T23:59:59+08:00");  // 09-28 + 7 days, a holiday
  // The working day before holiday 10-05 is Thu 09-30 (10-01..04 off).
  EXPECT_EQ(format_shanghai(result.extension_apply_by_ms), "2021-09-30T23:59:59+08:00");
  EXPECT_EQ(format_shanghai(result.co_handler_due_at_ms), "2021-09-30T23:59:59+08:00");
  // +10 from 10-05: 10-08, Sat 10-09, 10-11..15, 10-18..20.
  EXPECT_EQ(format_shanghai(result.extension_max_due_at_ms), "2021-10-20T23:59:59+08:00");
  EXPECT_EQ(format_shanghai(result.transfer_request_by_ms), "2021-09-30T23:59:59+08:00");  // 09-29, 09-30
  EXPECT_EQ(result.amount, 7);
  EXPECT_EQ(result.unit, deadline_unit::calendar_days);
}

TEST(DeadlineUnits, HoursAreExactAndDerivedDatesStayInWorkingDays) {
  const deadline_rule rule{"channel.emergency", deadline_unit::hours, 24, "24 natural hours", false};
  const deadline_result result = deadline_calculator(shipped_calendar()).compute(rule, at("2021-09-30T20:15:30+08:00"));
  EXPECT_EQ(format_shanghai(result.due_at_ms), "2021-10-01T20:15:30+08:00");
  EXPECT_EQ(format_shanghai(result.extension_apply_by_ms), "2021-09-30T23:59:59+08:00");
  EXPECT_EQ(format_shanghai(result.extension_max_due_at_ms), "2021-10-20T23:59:59+08:00");
  EXPECT_EQ(format_shanghai(result.transfer_request_by_ms), "2021-10-09T23:59:59+08:00");
  EXPECT_EQ(result.amount, 24);
}

TEST(DeadlineUnits, HoursCountFromTheInstantInAnyOffset) {
  const deadline_rule rule{"channel.urgent", deadline_unit::hours, 72, "72 hours", false};
  const deadline_calculator calculator(shipped_calendar());
  // 23:00Z on 02-08 is 07:00 on 02-09 in Shanghai; +72 h = 07:00 on Mon 02-12 (a holiday).
  EXPECT_EQ(format_shanghai(calculator.compute(rule, at("2024-02-08T23:00:00Z")).due_at_ms),
            "2024-02-12T07:00:00+08:00");
  const deadline_rule two_hours{"channel.hotline", deadline_unit::hours, 2, "2 hours", false};
  EXPECT_EQ(format_shanghai(calculator.compute(two_hours, at("2024-05-06T09:00:00.250+08:00")).due_at_ms),
            "2024-05-06T11:00:00.250+08:00");
}

deadline_rule handed_down_rule() {
  return deadline_rule{"platform.handed_down", deadline_unit::working_days, 15, "交办时另有时限要求的按要求时限办结", true};
}

TEST(DeadlineAssigned, AssignedDueWinsAndSaysSo) {
  const deadline_result result = deadline_calculator(shipped_calendar())
                                     .compute(handed_down_rule(), at("2024-09-10T09:00:00+08:00"),
                                              at("2024-09-20T09:00:00Z"));
  EXPECT_EQ(format_shanghai(result.due_at_ms), "2024-09-20T17:00:00+08:00");
  EXPECT_TRUE(result.assigned);
  EXPECT_EQ(result.rule, "platform.handed_down.assigned");
  EXPECT_FALSE(result.amount);
  EXPECT_EQ(format_shanghai(result.extension_apply_by_ms), "2024-09-19T23:59:59+08:00");
  // +10 from Fri 09-20 crosses 国庆 2024: 09-23..27 d1-5, Sun 09-29 (makeup) d6, 09-30 d7,
  // 10-01..07 off, 10-08..10 d8-10.
  EXPECT_EQ(format_shanghai(result.extension_max_due_at_ms), "2024-10-10T23:59:59+08:00");
  EXPECT_EQ(format_shanghai(result.transfer_request_by_ms), "2024-09-12T23:59:59+08:00");
  EXPECT_THAT(result.calendar_years, ElementsAre(2024));
}

TEST(DeadlineAssigned, AssignedDueOnAHolidayLeadsBackToTheWorkingDayBefore) {
  const deadline_result result = deadline_calculator(shipped_calendar())
                                     .compute(handed_down_rule(), at("2024-09-10T09:00:00+08:00"),
                                              at("2024-09-16T18:00:00+08:00"));
  EXPECT_EQ(format_shanghai(result.due_at_ms), "2024-09-16T18:00:00+08:00");  // 中秋 2024 holiday
  // Before Mon 09-16: Sun 09-15 off, Sat 09-14 is a makeup working day.
  EXPECT_EQ(format_shanghai(result.extension_apply_by_ms), "2024-09-14T23:59:59+08:00");
  EXPECT_EQ(format_shanghai(result.co_handler_due_at_ms), "2024-09-14T23:59:59+08:00");
  // +10: 09-17 off, 09-18..20 d1-3, 09-23..27 d4-8, Sun 09-29 d9, 09-30 d10.
  EXPECT_EQ(format_shanghai(result.extension_max_due_at_ms), "2024-09-30T23:59:59+08:00");
}

TEST(DeadlineAssigned, WithoutAnAssignedDueTheAmountApplies) {
  // 09-11..13 d1-3, Sat 09-14 (makeup) d4, 09-15..17 off, 09-18..20 d5-7, 09-23..27 d8-12,
  // Sun 09-29 (makeup) d13, 09-30 d14, 10-01..07 off, 10-08 d15.
  const deadline_result result =
      deadline_calculator(shipped_calendar()).compute(handed_down_rule(), at("2024-09-10T09:00:00+08:00"));
  EXPECT_EQ(format_shanghai(result.due_at_ms), "2024-10-08T23:59:59+08:00");
  EXPECT_EQ(result.rule, "platform.handed_down");
  EXPECT_FALSE(result.assigned);
  EXPECT_EQ(result.amount, 15);
}

TEST(DeadlineAssigned, IgnoredWhenTheRuleDoesNotLetItWin) {
  const deadline_result result = deadline_calculator(shipped_calendar())
                                     .compute(working_days_rule("platform.consultation", 5),
                                              at("2021-09-30T10:00:00+08:00"), at("2021-10-01T10:00:00+08:00"));
  EXPECT_EQ(format_shanghai(result.due_at_ms), "2021-10-13T23:59:59+08:00");
  EXPECT_FALSE(result.assigned);
}

int gap_year_of(const deadline_rule& rule, const char* submitted) {
  try {
    (void)deadline_calculator(shipped_calendar()).compute(rule, at(submitted));
  } catch (const calendar_gap& gap) {
    return gap.year();
  }
  return 0;
}

TEST(DeadlineMissingYear, RefusesRatherThanGuesses) {
  // Due 12-25 2026 (12-21..25), but the latest extended due date would be in 2027.
  EXPECT_EQ(gap_year_of(working_days_rule("platform.consultation", 5), "2026-12-20T10:00:00+08:00"), 2027);
  // Due itself in 2027.
  EXPECT_EQ(gap_year_of(working_days_rule("platform.non_consultation", 15), "2026-12-21T10:00:00+08:00"), 2027);
  // 16:30Z on 12-31 is already 2027 in Shanghai.
  EXPECT_EQ(gap_year_of(working_days_rule("platform.consultation", 5), "2026-12-31T16:30:00Z"), 2027);
  // Before the data starts: transfer-request days 2019-01-02, 01-03 are fine, but the extension
  // date walks back from 01-02 across 元旦 into 2018.
  EXPECT_EQ(gap_year_of(deadline_rule{"x", deadline_unit::hours, 1, "", false}, "2019-01-02T01:00:00+08:00"), 2018);
}

TEST(DeadlineRule, NonPositiveAmountIsRefused) {
  const deadline_calculator calculator(shipped_calendar());
  EXPECT_THROW(calculator.compute(working_days_rule("broken", 0), at("2021-09-30T10:00:00+08:00")),
               std::invalid_argument);
  EXPECT_THROW(calculator.compute(working_days_rule("broken", -3), at("2021-09-30T10:00:00+08:00")),
               std::invalid_argument);
}

}  // namespace
}  // namespace casegw::policy
