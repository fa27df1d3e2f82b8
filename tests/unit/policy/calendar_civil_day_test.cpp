// civil_day parsing/formatting and the Shanghai (UTC+8) day of an instant.
#include "policy/civil_day.hpp"
#include "policy/shanghai_time.hpp"
#include "time/rfc3339.hpp"

#include <gtest/gtest.h>

namespace casegw::policy {
namespace {

TEST(CalendarCivilDay, ParsesRealDatesOnly) {
  EXPECT_EQ(parse_iso_date("2024-02-29"), civil_day::from_ymd(2024, 2, 29));
  EXPECT_FALSE(parse_iso_date("2023-02-29"));
  EXPECT_FALSE(parse_iso_date("2024-02-30"));
  EXPECT_FALSE(parse_iso_date("2024-13-01"));
  EXPECT_FALSE(parse_iso_date("2024-1-01"));
  EXPECT_FALSE(parse_iso_date("2024/01/01"));
  EXPECT_FALSE(parse_iso_date("2024-01-01T00:00"));
  EXPECT_FALSE(parse_iso_date(""));
}

TEST(CalendarCivilDay, FormatsAndKnowsWeekdays) {
  const civil_day day = civil_day::from_ymd(2021, 10, 9);
  EXPECT_EQ(format_iso_date(day), "2021-10-09");
  EXPECT_EQ(day.weekday(), 6u);  // Saturday (a makeup working day, but still a Saturday)
  EXPECT_TRUE(day.is_weekend());
  EXPECT_EQ(civil_day::from_ymd(2021, 9, 30).weekday(), 4u);  // Thursday
  EXPECT_EQ(day.year(), 2021);
  EXPECT_EQ(format_iso_date(civil_day::from_ymd(2024, 12, 31) + 1), "2025-01-01");
}

struct shanghai_case {
  const char* instant;
  const char* shanghai_date;
};

class CalendarShanghaiDate : public ::testing::TestWithParam<shanghai_case> {};

TEST_P(CalendarShanghaiDate, IsTheUtcPlus8Date) {
  const auto at = time::parse_rfc3339(GetParam().instant);
  ASSERT_TRUE(at);
  EXPECT_EQ(format_iso_date(shanghai_date_of(*at)), GetParam().shanghai_date);
}

INSTANTIATE_TEST_SUITE_P(
    Offsets, CalendarShanghaiDate,
    ::testing::Values(shanghai_case{"2021-09-30T10:00:00+08:00", "2021-09-30"},
                      shanghai_case{"2021-09-30T23:59:59+08:00", "2021-09-30"},
                      shanghai_case{"2021-09-30T15:59:59Z", "2021-09-30"},
                      shanghai_case{"2021-09-30T16:00:00Z", "2021-10-01"},
                      shanghai_case{"2021-09-30T17:30:00Z", "2021-10-01"},
                      shanghai_case{"2021-10-08T18:00:00-05:00", "2021-10-09"},
                      shanghai_case{"2022-01-01T00:30:00+09:00", "2021-12-31"},
                      shanghai_case{"1969-12-31T20:00:00Z", "1970-01-01"},
                      shanghai_case{"1969-12-31T15:00:00Z", "1969-12-31"}));

TEST(CalendarShanghaiTime, EndOfDayIs235959PlusEight) {
  EXPECT_EQ(format_shanghai(shanghai_end_of_day(civil_day::from_ymd(2021, 10, 13))), "2021-10-13T23:59:59+08:00");
  const auto at = time::parse_rfc3339("2021-10-13T15:59:59Z");
  ASSERT_TRUE(at);
  EXPECT_EQ(shanghai_end_of_day(civil_day::from_ymd(2021, 10, 13)), at->unix_ms);
}

TEST(CalendarShanghaiTime, FormatKeepsRealMilliseconds) {
  const auto at = time::parse_rfc3339("2024-05-06T01:00:00.250Z");
  ASSERT_TRUE(at);
  EXPECT_EQ(format_shanghai(at->unix_ms), "2024-05-06T09:00:00.250+08:00");
}

}  // namespace
}  // namespace casegw::policy
