// Working-day queries on the shipped State Council data. Every expectation was worked out by
// hand from config/calendar/holidays-cn/*.json and a wall calendar, not from the code.
#include "policy/holiday_calendar.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace casegw::policy {
namespace {

using ::testing::HasSubstr;

const holiday_calendar& shipped_calendar() {
  static const holiday_calendar calendar = holiday_calendar::load(CASEGW_SHIPPED_CALENDAR_DIR);
  return calendar;
}

civil_day date(const char* iso) {
  const auto day = parse_iso_date(iso);
  if (!day) throw std::invalid_argument(iso);
  return *day;
}

struct working_day_case {
  const char* date;
  bool working;
  const char* why;
};

class CalendarIsWorkingDay : public ::testing::TestWithParam<working_day_case> {};

TEST_P(CalendarIsWorkingDay, FollowsTheArrangement) {
  EXPECT_EQ(shipped_calendar().is_working_day(date(GetParam().date)), GetParam().working) << GetParam().why;
}

INSTANTIATE_TEST_SUITE_P(
    RealDates, CalendarIsWorkingDay,
    ::testing::Values(
        working_day_case{"2022-03-15", true, "ordinary Tuesday"},
        working_day_case{"2022-03-19", false, "ordinary Saturday"},
        working_day_case{"2021-09-30", true, "Thursday before 国庆节"},
        working_day_case{"2021-10-01", false, "国庆节 Friday"},
        working_day_case{"2021-10-07", false, "国庆节 Thursday"},
        working_day_case{"2021-10-09", true, "国庆节 makeup Saturday"},
        working_day_case{"2021-10-10", false, "unlisted Sunday after the makeup Saturday"},
        working_day_case{"2024-02-04", true, "春节 2024 makeup Sunday before"},
        working_day_case{"2024-02-09", true, "除夕 2024 is not listed: a working Friday"},
        working_day_case{"2024-02-10", false, "春节 2024 first day (Saturday)"},
        working_day_case{"2024-02-12", false, "春节 2024 Monday"},
        working_day_case{"2024-02-17", false, "春节 2024 last day (Saturday)"},
        working_day_case{"2024-02-18", true, "春节 2024 makeup Sunday after"},
        working_day_case{"2025-01-26", true, "春节 2025 makeup Sunday"},
        working_day_case{"2025-01-27", true, "Monday before 春节 2025 (not listed)"},
        working_day_case{"2025-01-28", false, "春节 2025 除夕 Tuesday, off from 2025"},
        working_day_case{"2025-02-04", false, "春节 2025 last day"},
        working_day_case{"2025-02-08", true, "春节 2025 makeup Saturday"},
        working_day_case{"2019-04-28", true, "劳动节 2019 makeup Sunday (added by the 2019-03-22 notice)"},
        working_day_case{"2019-05-03", false, "劳动节 2019 Friday"},
        working_day_case{"2019-05-04", false, "劳动节 2019 Saturday"},
        working_day_case{"2019-05-05", true, "劳动节 2019 makeup Sunday"},
        working_day_case{"2020-01-19", true, "春节 2020 makeup Sunday"},
        working_day_case{"2020-01-31", false, "春节 2020 extended (COVID-19 notice)"},
        working_day_case{"2020-02-01", false, "春节 2020: was a makeup Saturday, cancelled by the extension"},
        working_day_case{"2020-02-03", true, "Monday listed isOffDay:false (work resumes)"},
        working_day_case{"2022-12-31", false, "Saturday listed off in 2023.json"},
        working_day_case{"2023-01-28", true, "春节 2023 makeup Saturday"},
        working_day_case{"2026-01-04", true, "元旦 2026 makeup Sunday"},
        working_day_case{"2026-02-14", true, "春节 2026 makeup Saturday before"},
        working_day_case{"2026-02-23", false, "春节 2026 Monday"},
        working_day_case{"2026-02-28", true, "春节 2026 makeup Saturday after"}));

struct add_case {
  const char* from;
  int n;
  const char* expected;
  const char* why;
};

class CalendarAddWorkingDays : public ::testing::TestWithParam<add_case> {};

TEST_P(CalendarAddWorkingDays, CountsFromTheNextDay) {
  EXPECT_EQ(format_iso_date(shipped_calendar().add_working_days(date(GetParam().from), GetParam().n)),
            GetParam().expected)
      << GetParam().why;
}

INSTANTIATE_TEST_SUITE_P(
    RealDates, CalendarAddWorkingDays,
    ::testing::Values(
        add_case{"2021-09-30", 1, "2021-10-08", "国庆 2021: 10-01..07 off, Fri 10-08 is day 1"},
        add_case{"2021-09-30", 2, "2021-10-09", "Sat 10-09 makeup is day 2"},
        add_case{"2021-09-30", 5, "2021-10-13", "the SPEC example"},
        add_case{"2021-10-09", 1, "2021-10-11", "from the makeup Saturday: Sun 10-10 off"},
        add_case{"2024-02-02", 5, "2024-02-08", "makeup Sun 02-04 is day 1, 02-05..08 days 2-5"},
        add_case{"2024-02-08", 3, "2024-02-19", "02-09 d1, 02-10..17 off, Sun 02-18 d2, 02-19 d3"},
        add_case{"2024-02-12", 15, "2024-03-07", "from a holiday; leap day 02-29 is day 10"},
        add_case{"2025-01-24", 5, "2025-02-07", "Sun 01-26 d1, 01-27 d2, 01-28..02-04 off, 02-05..07 d3-5"},
        add_case{"2025-01-24", 6, "2025-02-08", "makeup Saturday 02-08 is day 6"},
        add_case{"2025-01-24", 7, "2025-02-10", "then Monday"},
        add_case{"2019-04-26", 5, "2019-05-06", "劳动节 2019: Sun 04-28 d1, 04-29, 04-30, Sun 05-05 d4, 05-06 d5"},
        add_case{"2020-01-22", 3, "2020-02-04", "春节 2020 extended: 01-23 d1, 02-03 d2, 02-04 d3 (02-01 not worked)"},
        add_case{"2023-12-28", 5, "2024-01-05", "year boundary: 12-29 d1, 2024-01-01 off, 01-02..05 d2-5"},
        add_case{"2025-12-25", 5, "2026-01-04", "year boundary onto the 元旦 2026 makeup Sunday"},
        add_case{"2021-10-13", -1, "2021-10-12", "one back"},
        add_case{"2021-10-08", -1, "2021-09-30", "back across 国庆 2021"},
        add_case{"2024-02-19", -1, "2024-02-18", "back onto the makeup Sunday"},
        add_case{"2024-02-18", -1, "2024-02-09", "back across 春节 2024"},
        add_case{"2026-01-04", -1, "2025-12-31", "back across 元旦 2026 and the year boundary"},
        add_case{"2021-10-10", 0, "2021-10-10", "zero is the day itself"}));

TEST(CalendarGap, UncoveredYearIsNamed) {
  const auto& calendar = shipped_calendar();
  try {
    (void)calendar.is_working_day(date("2027-01-04"));
    FAIL() << "2027 is not covered";
  } catch (const calendar_gap& gap) {
    EXPECT_EQ(gap.year(), 2027);
    EXPECT_STREQ(gap.what(),
                 "no holiday calendar for 2027: add config/calendar/holidays-cn/2027.json from the State Council notice");
  }
}

int gap_year_of_add(civil_day from, int n) {
  try {
    (void)shipped_calendar().add_working_days(from, n);
  } catch (const calendar_gap& gap) {
    return gap.year();
  }
  return 0;
}

TEST(CalendarGap, WalksIntoAMissingYearAreRefused) {
  // 12-25 d1, 12-28..31 d2-5: the 6th working day would be in 2027.
  EXPECT_EQ(format_iso_date(shipped_calendar().add_working_days(date("2026-12-24"), 5)), "2026-12-31");
  EXPECT_EQ(gap_year_of_add(date("2026-12-24"), 6), 2027);
  EXPECT_EQ(gap_year_of_add(date("2026-12-31"), 1), 2027);
  EXPECT_EQ(gap_year_of_add(date("2027-03-01"), 1), 2027);
  EXPECT_EQ(gap_year_of_add(date("2019-01-02"), -1), 2018);  // 01-01 off, 2018-12-31 is 2018's business
  EXPECT_EQ(gap_year_of_add(date("2019-01-02"), -100), 2018);
}

TEST(CalendarGap, MissingYearBetweenCoveredYearsIsRefused) {
  std::vector<holiday_file> files(2);
  files[0].file_name = "2024.json";
  files[0].year = 2024;
  files[1].file_name = "2026.json";
  files[1].year = 2026;
  const auto calendar = holiday_calendar::from_files(std::move(files));
  EXPECT_THROW(calendar.is_working_day(date("2025-03-03")), calendar_gap);
  try {
    (void)calendar.add_working_days(date("2024-12-30"), 5);  // 12-31 d1, then 2025
    FAIL();
  } catch (const calendar_gap& gap) {
    EXPECT_EQ(gap.year(), 2025);
  }
  try {
    (void)calendar.add_working_days(date("2026-01-02"), -2);  // 01-01 d1, then 2025
    FAIL();
  } catch (const calendar_gap& gap) {
    EXPECT_EQ(gap.year(), 2025);
  }
  // Inside a covered year the calendar works, unlisted weekdays counting as working days.
  EXPECT_EQ(format_iso_date(calendar.add_working_days(date("2026-01-01"), 1)), "2026-01-02");
  EXPECT_THAT(calendar.id(), HasSubstr("2024, 2026"));
}

}  // namespace
}  // namespace casegw::policy
