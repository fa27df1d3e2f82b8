// sdk/date_time.hpp: the three ways platforms write a date-time, each to RFC 3339 with offset,
// and every impossible or ambiguous value refused as INVALID_DATE naming the field.
#include <casegw/sdk/date_time.hpp>
#include "rejection_of.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>

namespace casegw::sdk {
namespace {

// ---- ISO 8601 with an offset ----------------------------------------------------------------

TEST(SdkIso8601, ValidValuesPassThroughUnchanged) {
  for (const char* text : {"2026-11-20T09:30:12+08:00", "2026-11-20T01:30:12Z", "2026-11-20T01:30:12.5Z",
                           "2026-11-20T09:30:12.123456789+08:00", "2026-11-19T20:30:12-05:00",
                           "2026-11-20T01:30:12+00:00", "2026-11-20T01:30:12-00:00", "2024-02-29T23:59:59+08:00",
                           "2026-12-31T23:59:59+14:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"}) {
    EXPECT_EQ(iso8601_problem(text), "") << text;
    EXPECT_EQ(read_iso8601("submittedAt", text), text);
  }
}

TEST(SdkIso8601, ImpossibleDatesAndTimesAreNotReal) {
  for (const char* text : {"2026-02-30T09:00:00+08:00", "2025-02-29T09:00:00+08:00", "1900-02-29T09:00:00+08:00",
                           "2026-04-31T09:00:00+08:00", "2026-13-01T09:00:00+08:00", "2026-00-10T09:00:00+08:00",
                           "2026-11-00T09:00:00+08:00", "2026-11-20T24:00:00+08:00", "2026-11-20T23:60:00+08:00",
                           "2026-11-20T23:59:60+08:00", "0000-01-01T00:00:00Z", "2026-11-20T09:30:12+24:00",
                           "2026-11-20T09:30:12+08:60"})
    EXPECT_EQ(iso8601_problem(text), "is not a real calendar date and time") << text;
  // 2000 and 2024 are leap years (divisible by 400, by 4); 1900 and 2100 are not.
  EXPECT_EQ(iso8601_problem("2000-02-29T00:00:00Z"), "");
  EXPECT_EQ(iso8601_problem("2100-02-29T00:00:00Z"), "is not a real calendar date and time");
}

TEST(SdkIso8601, AMissingOffsetIsNamedAsSuch) {
  EXPECT_EQ(iso8601_problem("2026-11-20T09:30:12"), "must carry a UTC offset such as +08:00 or Z");
  EXPECT_EQ(iso8601_problem("2026-11-20T09:30:12.250"), "must carry a UTC offset such as +08:00 or Z");
}

TEST(SdkIso8601, OtherShapesAreRefusedAsSyntax) {
  for (const char* text :
       {"", "2026-11-20", "2026-11-20 09:30:12+08:00", "2026-11-20T09:30:12+0800", "2026-11-20T09:30:12+08",
        "2026-11-20T09:30:12z", "2026-11-20t09:30:12Z", "2026-11-20T09:30:12.Z", "2026-11-20T09:30:12.1234567890Z",
        "2026-11-20T09:30:12+08:00 ", " 2026-11-20T09:30:12+08:00", "2026-11-20T9:30:12+08:00", "20261120T093012+0800",
        "2026-1-20T09:30:12+08:00", "2026-11-20T09:30+08:00", "1763602212", "2026-11-20T09:30:12UTC",
        "２０２６-11-20T09:30:12+08:00", "2026-11-20T09:30:12+8:00", "+2026-11-20T09:30:12Z"})
    EXPECT_EQ(iso8601_problem(text), "must look like 2026-11-20T09:30:00+08:00") << '"' << text << '"';
}

TEST(SdkIso8601, RejectionNamesTheFieldAndNeverQuotesTheValue) {
  const rejection r = rejection_of([] { read_iso8601("submission.submittedAt", "2026-02-30T13912345678+08:00"); });
  EXPECT_EQ(r.code(), "INVALID_DATE");
  EXPECT_EQ(r.field(), "submission.submittedAt");
  EXPECT_EQ(std::string(r.what()).find("13912345678"), std::string::npos);
  EXPECT_EQ(std::string(r.what()), "the date-time must look like 2026-11-20T09:30:00+08:00");
  EXPECT_EQ(std::string(rejection_of([] { read_iso8601("t", "2025-02-29T09:00:00+08:00"); }).what()),
            "the date-time is not a real calendar date and time");
}

// ---- local time in Beijing ------------------------------------------------------------------

TEST(SdkLocalDatetime, BeijingLocalTimeGetsTheOffset) {
  EXPECT_EQ(read_local_datetime("t", "2026-11-20 09:30:12"), "2026-11-20T09:30:12+08:00");
  EXPECT_EQ(read_local_datetime("t", "2024-02-29 23:59:59"), "2024-02-29T23:59:59+08:00");
  EXPECT_EQ(read_local_datetime("t", "2026-01-01 00:00:00"), "2026-01-01T00:00:00+08:00");
}

TEST(SdkLocalDatetime, ImpossibleAndMisshapenValuesAreRefused) {
  for (const char* text : {"2025-02-29 09:00:00", "2026-02-30 09:00:00", "2026-11-20 24:00:00", "2026-11-31 10:00:00"}) {
    const rejection r = rejection_of([&] { read_local_datetime("createTime", text); });
    EXPECT_EQ(r.code(), "INVALID_DATE") << text;
    EXPECT_EQ(r.field(), "createTime");
    EXPECT_EQ(std::string(r.what()), "the date-time is not a real calendar date and time") << text;
  }
  for (const char* text : {"2026-11-20T09:30:12", "2026-11-20 09:30:12+08:00", "2026-11-20 09:30", "2026-11-20 9:30:12",
                           "2026/11/20 09:30:12", "2026-11-20  09:30:12", "2026-11-20", ""}) {
    const rejection r = rejection_of([&] { read_local_datetime("createTime", text); });
    EXPECT_EQ(r.code(), "INVALID_DATE") << text;
    EXPECT_EQ(std::string(r.what()), "the date-time must look like 2026-11-20 09:30:00 (Beijing time)") << text;
  }
}

// ---- epoch milliseconds ---------------------------------------------------------------------

TEST(SdkEpochMillis, WholeSecondsHaveNoFraction) {
  EXPECT_EQ(read_epoch_millis("t", 1795138212000), "2026-11-20T09:30:12+08:00");
}

TEST(SdkEpochMillis, MillisecondsAreKeptWithThreeDigits) {
  EXPECT_EQ(read_epoch_millis("t", 1795138212123), "2026-11-20T09:30:12.123+08:00");
  EXPECT_EQ(read_epoch_millis("t", 1795138212005), "2026-11-20T09:30:12.005+08:00");
  EXPECT_EQ(read_epoch_millis("t", 1795138212999), "2026-11-20T09:30:12.999+08:00");
}

TEST(SdkEpochMillis, TheYearTurnsAtMidnightBeijingTime) {
  // 2025-12-31T16:00:00Z is the first instant of 2026 in Beijing.
  EXPECT_EQ(read_epoch_millis("t", 1767196800000), "2026-01-01T00:00:00+08:00");
  EXPECT_EQ(read_epoch_millis("t", 1767196799999), "2025-12-31T23:59:59.999+08:00");
  // Leap day 2024, and the day after it.
  EXPECT_EQ(read_epoch_millis("t", 1709136000000), "2024-02-29T00:00:00+08:00");
  EXPECT_EQ(read_epoch_millis("t", 1709222400000), "2024-03-01T00:00:00+08:00");
}

TEST(SdkEpochMillis, AcceptsExactlyTheYears2000To2099) {
  EXPECT_EQ(read_epoch_millis("t", 946684800000), "2000-01-01T08:00:00+08:00");
  EXPECT_EQ(read_epoch_millis("t", 4102444799999), "2100-01-01T07:59:59.999+08:00");
  for (const std::int64_t millis : {std::int64_t{946684799999}, std::int64_t{4102444800000}, std::int64_t{1763602212},
                                    std::int64_t{0}, std::int64_t{-1763602212000}, std::int64_t{1763602212000000}}) {
    const rejection r = rejection_of([&] { read_epoch_millis("submission.createTime", millis); });
    EXPECT_EQ(r.code(), "INVALID_DATE") << millis;
    EXPECT_EQ(r.field(), "submission.createTime");
  }
}

TEST(SdkEpochMillis, AgreesWithStdChronoOnEveryDayOfTheRange) {
  // One instant per day from 2000 to 2099, at a time of day that walks through the hours, so
  // every date, both sides of every Beijing midnight and every month end are covered.
  using namespace std::chrono;
  const sys_days first = year{2000} / January / 1, last = year{2099} / December / 31;
  std::int64_t step = 0;
  for (sys_days day = first; day <= last; day += days{1}, ++step) {
    const milliseconds in_day{(step * 3'599'001) % 86'400'000};
    const sys_time<milliseconds> instant = day + in_day;
    const std::int64_t millis = instant.time_since_epoch().count();
    const auto local = instant + hours{8};
    const sys_days local_day = floor<days>(local);
    const year_month_day ymd{local_day};
    const hh_mm_ss<milliseconds> hms{local - local_day};
    char expected[48];
    const int ms = static_cast<int>(hms.subseconds().count());
    std::snprintf(expected, sizeof expected, ms ? "%04d-%02u-%02uT%02ld:%02ld:%02lld.%03d+08:00" : "%04d-%02u-%02uT%02ld:%02ld:%02lld+08:00",
                  static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<long>(hms.hours().count()), static_cast<long>(hms.minutes().count()),
                  static_cast<long long>(hms.seconds().count()), ms);
    ASSERT_EQ(read_epoch_millis("t", millis), expected) << millis;
  }
}

// ---- RFC 3339 back to epoch milliseconds, Beijing local time, and ordered instants ----------

TEST(SdkEpochMillisOf, EveryOffsetGivesTheSameInstant) {
  for (const char* text : {"2026-11-20T09:30:12+08:00", "2026-11-20T01:30:12Z", "2026-11-19T20:30:12-05:00",
                           "2026-11-20T01:30:12-00:00"})
    EXPECT_EQ(epoch_millis_of("occurred_at", text), 1795138212000) << text;
  EXPECT_EQ(epoch_millis_of("t", "1970-01-01T00:00:00Z"), 0);
  EXPECT_EQ(epoch_millis_of("t", "1969-12-31T23:59:59.5Z"), -500);
  EXPECT_EQ(epoch_millis_of("t", "2024-02-29T23:59:59+08:00"), 1709222399000);
}

TEST(SdkEpochMillisOf, FractionsBeyondMillisecondsAreTruncated) {
  EXPECT_EQ(epoch_millis_of("t", "2026-11-20T01:30:12.5Z"), 1795138212500);
  EXPECT_EQ(epoch_millis_of("t", "2026-11-20T01:30:12.123Z"), 1795138212123);
  EXPECT_EQ(epoch_millis_of("t", "2026-11-20T01:30:12.999999999Z"), 1795138212999);
}

TEST(SdkEpochMillisOf, AgreesWithReadEpochMillisBothWays) {
  for (const std::int64_t millis : {std::int64_t{946684800000}, std::int64_t{1795138212250}, std::int64_t{4102444799999}})
    EXPECT_EQ(epoch_millis_of("t", read_epoch_millis("t", millis)), millis);
}

TEST(SdkEpochMillisOf, InvalidTextIsRefusedNamingTheField) {
  for (const char* text : {"2026-11-20 09:30:12", "2026-11-20T09:30:12", "2026-02-30T09:30:12+08:00", ""}) {
    const rejection r = rejection_of([&] { epoch_millis_of("occurred_at", text); });
    EXPECT_EQ(r.code(), code::invalid_date) << text;
    EXPECT_EQ(r.field(), "occurred_at") << text;
  }
}

TEST(SdkBeijingLocalDatetime, ConvertsToUtcPlusEightAcrossDayAndYearEnds) {
  EXPECT_EQ(beijing_local_datetime("t", "2026-11-20T06:05:00.250Z"), "2026-11-20 14:05:00");
  EXPECT_EQ(beijing_local_datetime("t", "2026-11-20T14:05:00+08:00"), "2026-11-20 14:05:00");
  EXPECT_EQ(beijing_local_datetime("t", "2026-12-31T16:00:00Z"), "2027-01-01 00:00:00");
  EXPECT_EQ(beijing_local_datetime("t", "2026-12-31T20:30:00-05:00"), "2027-01-01 09:30:00");
  EXPECT_EQ(beijing_local_datetime("t", "2024-02-28T17:00:00Z"), "2024-02-29 01:00:00");
  EXPECT_EQ(beijing_local_datetime("t", "1969-12-31T15:59:59Z"), "1969-12-31 23:59:59");
  EXPECT_EQ(rejection_of([] { beijing_local_datetime("occurred_at", "2026-11-20 14:05:00"); }).field(), "occurred_at");
}

TEST(SdkUtcInstant, OrdersDateTimesWrittenWithDifferentOffsets) {
  EXPECT_LT(utc_instant_of("a", "2026-11-20T10:15:00+08:00"), utc_instant_of("b", "2026-11-20T02:30:00Z"));
  EXPECT_EQ(utc_instant_of("a", "2026-11-20T10:15:00+08:00"), utc_instant_of("b", "2026-11-20T02:15:00Z"));
  EXPECT_LT(utc_instant_of("a", "2026-11-20T02:15:00.000000001Z"), utc_instant_of("b", "2026-11-20T02:15:00.000000002Z"));
  EXPECT_EQ(utc_instant_of("a", "2026-11-20T02:15:00.5Z").nanos, 500'000'000);
}

}  // namespace
}  // namespace casegw::sdk
