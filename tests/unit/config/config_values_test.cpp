#include "config/config_values.hpp"

#include <gtest/gtest.h>

namespace casegw::config {
namespace {

TEST(ParseDurationMs, UnitsAndBareMilliseconds) {
  EXPECT_EQ(parse_duration_ms("250ms"), 250);
  EXPECT_EQ(parse_duration_ms("30s"), 30'000);
  EXPECT_EQ(parse_duration_ms("5m"), 300'000);
  EXPECT_EQ(parse_duration_ms("1h"), 3'600'000);
  EXPECT_EQ(parse_duration_ms("1500"), 1500);
  EXPECT_EQ(parse_duration_ms("0"), 0);
  EXPECT_EQ(parse_duration_ms("10S"), 10'000);
}

TEST(ParseDurationMs, RejectsMalformedNegativeAndFractional) {
  for (const char* bad : {"", "s", "ms", "-5s", "+5s", "1.5s", "30 s", " 30s", "30s ", "5d", "5min", "1h30m", "0x10", "5sec"}) {
    EXPECT_FALSE(parse_duration_ms(bad)) << bad;
  }
}

TEST(ParseDurationMs, RejectsOverflow) {
  EXPECT_EQ(parse_duration_ms("9223372036854775807"), INT64_MAX);
  EXPECT_FALSE(parse_duration_ms("9223372036854775808"));
  EXPECT_FALSE(parse_duration_ms("9223372036854775807s"));
  EXPECT_FALSE(parse_duration_ms("2562047788016h"));  // the first whole hour beyond INT64_MAX ms
  EXPECT_EQ(parse_duration_ms("2562047788015h"), 2562047788015 * 3'600'000);
}

TEST(ParseSizeBytes, BinaryUnitsAndBareBytes) {
  EXPECT_EQ(parse_size_bytes("512"), 512);
  EXPECT_EQ(parse_size_bytes("512B"), 512);
  EXPECT_EQ(parse_size_bytes("64KiB"), 64 * 1024);
  EXPECT_EQ(parse_size_bytes("2MiB"), 2 * 1024 * 1024);
  EXPECT_EQ(parse_size_bytes("1GiB"), 1024LL * 1024 * 1024);
  EXPECT_EQ(parse_size_bytes("64KB"), 64 * 1024);
  EXPECT_EQ(parse_size_bytes("2MB"), 2 * 1024 * 1024);
  EXPECT_EQ(parse_size_bytes("1GB"), 1024LL * 1024 * 1024);
  EXPECT_EQ(parse_size_bytes("16kib"), 16 * 1024);
}

TEST(ParseSizeBytes, RejectsMalformedNegativeAndOverflow) {
  for (const char* bad : {"", "KiB", "-1", "1.5MiB", "64 KiB", "64K", "1TiB", "64KiBs", "9223372036854775807KiB",
                          "99999999999999999999"}) {
    EXPECT_FALSE(parse_size_bytes(bad)) << bad;
  }
}

TEST(ParseBool, YamlSpellings) {
  for (const char* yes : {"true", "True", "TRUE", "yes", "on"}) EXPECT_EQ(parse_bool(yes), true) << yes;
  for (const char* no : {"false", "False", "no", "off", "OFF"}) EXPECT_EQ(parse_bool(no), false) << no;
  for (const char* bad : {"", "1", "0", "y", "n", "truee", " true"}) EXPECT_FALSE(parse_bool(bad)) << bad;
}

TEST(ParseInt, SignedDecimalOnly) {
  EXPECT_EQ(parse_int("42"), 42);
  EXPECT_EQ(parse_int("-42"), -42);
  EXPECT_EQ(parse_int("+7"), 7);
  EXPECT_EQ(parse_int("007"), 7);
  EXPECT_EQ(parse_int("9223372036854775807"), INT64_MAX);
  for (const char* bad : {"", "-", "+", "1e3", "0x10", "12a", " 1", "1 ", "1.0", "9223372036854775808", "--1"}) {
    EXPECT_FALSE(parse_int(bad)) << bad;
  }
}

}  // namespace
}  // namespace casegw::config
