#include "time/civil_date.hpp"

#include <gtest/gtest.h>

namespace casegw::time {
namespace {

TEST(CivilDate, EpochIsDayZero) {
  EXPECT_EQ(days_from_civil({1970, 1, 1}), 0);
  EXPECT_EQ(days_from_civil({1969, 12, 31}), -1);
}

TEST(CivilDate, KnownDayCounts) {
  EXPECT_EQ(days_from_civil({2000, 3, 1}), 11017);
  EXPECT_EQ(days_from_civil({2021, 9, 30}), 18900);
  EXPECT_EQ(days_from_civil({0, 1, 1}), -719528);
}

TEST(CivilDate, RoundTripsEveryDayAcrossFourCenturies) {
  const std::int64_t first = days_from_civil({1800, 1, 1});
  const std::int64_t last = days_from_civil({2200, 12, 31});
  civil_date expected{1800, 1, 1};
  for (std::int64_t d = first; d <= last; ++d) {
    const civil_date got = civil_from_days(d);
    ASSERT_EQ(got.year, expected.year);
    ASSERT_EQ(got.month, expected.month);
    ASSERT_EQ(got.day, expected.day);
    ASSERT_EQ(days_from_civil(got), d);
    if (++expected.day > days_in_month(expected.year, expected.month)) {
      expected.day = 1;
      if (++expected.month > 12) {
        expected.month = 1;
        ++expected.year;
      }
    }
  }
}

TEST(CivilDate, LeapYearRules) {
  EXPECT_TRUE(is_leap_year(2024));
  EXPECT_TRUE(is_leap_year(2000));
  EXPECT_FALSE(is_leap_year(1900));
  EXPECT_FALSE(is_leap_year(2023));
  EXPECT_EQ(days_in_month(2024, 2), 29u);
  EXPECT_EQ(days_in_month(2100, 2), 28u);
  EXPECT_EQ(days_in_month(2024, 13), 0u);
}

TEST(CivilDate, WeekdayMatchesKnownDates) {
  EXPECT_EQ(weekday_from_days(0), 4u);                              // 1970-01-01 Thursday
  EXPECT_EQ(weekday_from_days(days_from_civil({2021, 10, 9})), 6u);  // Saturday (makeup working day)
  EXPECT_EQ(weekday_from_days(days_from_civil({2021, 10, 13})), 3u); // Wednesday
  EXPECT_EQ(weekday_from_days(days_from_civil({1969, 12, 28})), 0u); // Sunday before the epoch
}

}  // namespace
}  // namespace casegw::time
