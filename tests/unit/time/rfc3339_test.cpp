#include "time/rfc3339.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace casegw::time {
namespace {

TEST(ParseRfc3339, OffsetIsAppliedToGetUtc) {
  const auto t = parse_rfc3339("2021-09-30T09:30:00+08:00");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->unix_ms, 1632965400000);  // 2021-09-30T01:30:00Z
  EXPECT_EQ(t->offset_minutes, 480);
}

TEST(ParseRfc3339, ZuluAndNegativeOffsets) {
  const auto z = parse_rfc3339("2021-09-30T01:30:00Z");
  const auto west = parse_rfc3339("2021-09-29T20:00:00-05:30");
  ASSERT_TRUE(z && west);
  EXPECT_EQ(z->unix_ms, 1632965400000);
  EXPECT_EQ(west->unix_ms, 1632965400000);
  EXPECT_EQ(west->offset_minutes, -330);
}

TEST(ParseRfc3339, FractionIsTruncatedToMilliseconds) {
  EXPECT_EQ(parse_rfc3339("1970-01-01T00:00:00.2Z")->unix_ms, 200);
  EXPECT_EQ(parse_rfc3339("1970-01-01T00:00:00.25Z")->unix_ms, 250);
  EXPECT_EQ(parse_rfc3339("1970-01-01T00:00:00.123Z")->unix_ms, 123);
  EXPECT_EQ(parse_rfc3339("1970-01-01T00:00:00.123999999Z")->unix_ms, 123);
}

TEST(ParseRfc3339, FractionOfMoreThanNineDigitsOrNoneIsRejected) {
  EXPECT_FALSE(parse_rfc3339("1970-01-01T00:00:00.1234567890Z"));
  EXPECT_FALSE(parse_rfc3339("1970-01-01T00:00:00.Z"));
}

TEST(ParseRfc3339, LeapDayOnlyInLeapYears) {
  EXPECT_TRUE(parse_rfc3339("2024-02-29T00:00:00+08:00"));
  EXPECT_TRUE(parse_rfc3339("2000-02-29T00:00:00+08:00"));
  EXPECT_FALSE(parse_rfc3339("2023-02-29T00:00:00+08:00"));
  EXPECT_FALSE(parse_rfc3339("1900-02-29T00:00:00+08:00"));
}

TEST(ParseRfc3339, ImpossibleDatesAndTimesAreRejected) {
  for (const char* text : {"2021-13-01T00:00:00Z", "2021-00-01T00:00:00Z", "2021-04-31T00:00:00Z",
                           "2021-01-00T00:00:00Z", "2021-01-01T24:00:00Z", "2021-01-01T23:60:00Z",
                           "2021-01-01T23:59:60Z", "2021-01-01T00:00:00+24:00", "2021-01-01T00:00:00+08:60"}) {
    EXPECT_FALSE(parse_rfc3339(text)) << text;
  }
}

TEST(ParseRfc3339, OffsetIsRequired) {
  EXPECT_FALSE(parse_rfc3339("2021-09-30T09:30:00"));
  EXPECT_FALSE(parse_rfc3339("2021-09-30T09:30:00.500"));
}

TEST(ParseRfc3339, MalformedShapesAreRejected) {
  for (const char* text : {"", "2021-09-30", "2021-09-30 09:30:00+08:00", "2021-09-30t09:30:00Z",
                           "2021-09-30T09:30:00z", "2021-9-30T09:30:00Z", "2021-09-30T09:30Z",
                           "2021-09-30T09:30:00+0800", "2021-09-30T09:30:00+08", "2021-09-30T09:30:00Z ",
                           " 2021-09-30T09:30:00Z", "2021-09-30T09:30:00+08:00x", "+2021-09-30T09:30:00Z",
                           "2021-09-30T09:30:00\xef\xbc\x8b" "08:00"}) {
    EXPECT_FALSE(parse_rfc3339(text)) << text;
  }
}

TEST(ParseRfc3339, DatesBeforeTheEpochWork) {
  EXPECT_EQ(parse_rfc3339("1969-12-31T23:59:59.999Z")->unix_ms, -1);
  EXPECT_EQ(parse_rfc3339("0000-01-01T00:00:00Z")->unix_ms, -62167219200000);
}

TEST(FormatRfc3339, UsesTheGivenOffsetWithMilliseconds) {
  EXPECT_EQ(format_rfc3339(1632965400000), "2021-09-30T09:30:00.000+08:00");
  EXPECT_EQ(format_rfc3339(1632965400250, -330), "2021-09-29T20:00:00.250-05:30");
  EXPECT_EQ(format_rfc3339(0, 0), "1970-01-01T00:00:00.000Z");
}

TEST(FormatRfc3339, OffsetCanMoveTheDateAcrossMonthAndYear) {
  EXPECT_EQ(format_rfc3339(parse_rfc3339("2021-12-31T16:00:00Z")->unix_ms, 480), "2022-01-01T00:00:00.000+08:00");
  EXPECT_EQ(format_rfc3339(parse_rfc3339("2024-03-01T00:30:00+08:00")->unix_ms, 0), "2024-02-29T16:30:00.000Z");
}

TEST(FormatRfc3339, NegativeInstantsFloorToThePreviousDay) {
  EXPECT_EQ(format_rfc3339(-1, 0), "1969-12-31T23:59:59.999Z");
}

TEST(FormatRfc3339, RoundTripsThroughParse) {
  for (const char* text : {"2021-10-13T23:59:59.000+08:00", "2024-02-29T12:00:00.001-03:00",
                           "1999-12-31T23:59:59.999Z", "9999-12-31T23:59:59.999+14:00"}) {
    const auto t = parse_rfc3339(text);
    ASSERT_TRUE(t) << text;
    EXPECT_EQ(format_rfc3339(t->unix_ms, t->offset_minutes), text);
  }
}

TEST(FormatRfc3339, RefusesWhatRfc3339CannotSpell) {
  EXPECT_THROW(format_rfc3339(0, 24 * 60), std::out_of_range);
  EXPECT_THROW(format_rfc3339(parse_rfc3339("9999-12-31T23:59:59Z")->unix_ms, 60), std::out_of_range);
  EXPECT_THROW(format_rfc3339(INT64_MAX, 0), std::out_of_range);
}

TEST(NowUnixMs, IsTheWallClockInMilliseconds) {
  // Seconds would be ~1.7e9, microseconds ~1.7e15: both fall outside this window.
  EXPECT_GT(now_unix_ms(), parse_rfc3339("2024-01-01T00:00:00Z")->unix_ms);
  EXPECT_LT(now_unix_ms(), parse_rfc3339("2100-01-01T00:00:00Z")->unix_ms);
}

}  // namespace
}  // namespace casegw::time
