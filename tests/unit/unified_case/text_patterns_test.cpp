#include "unified_case/text_patterns.hpp"

#include <gtest/gtest.h>

#include <string>

namespace casegw::unified_case {
namespace {

TEST(TextPatterns, Reference) {
  EXPECT_TRUE(is_reference("CQ-2021-000123"));
  EXPECT_TRUE(is_reference("a"));
  EXPECT_TRUE(is_reference("GWY/88:x_y.z"));
  EXPECT_TRUE(is_reference(std::string(128, 'A')));
  EXPECT_FALSE(is_reference(std::string(129, 'A')));
  EXPECT_FALSE(is_reference(""));
  EXPECT_FALSE(is_reference("-leading"));
  EXPECT_FALSE(is_reference("has space"));
  EXPECT_FALSE(is_reference("编号1"));
}

TEST(TextPatterns, SubChannel) {
  EXPECT_TRUE(is_sub_channel("wechat"));
  EXPECT_TRUE(is_sub_channel("app_v2"));
  EXPECT_FALSE(is_sub_channel("WeChat"));
  EXPECT_FALSE(is_sub_channel("2app"));
  EXPECT_FALSE(is_sub_channel("a" + std::string(32, 'b')));
}

TEST(TextPatterns, RegionCodeHasSixNineOrTwelveDigits) {
  EXPECT_TRUE(is_region_code("500103"));
  EXPECT_TRUE(is_region_code("500103001"));
  EXPECT_TRUE(is_region_code("500103001001"));
  for (const char* bad : {"", "50010", "5001030", "50010300", "5001030010", "50010300100", "5001030010011", "50010a"}) {
    EXPECT_FALSE(is_region_code(bad)) << bad;
  }
}

TEST(TextPatterns, MediaType) {
  EXPECT_TRUE(is_media_type("image/jpeg"));
  EXPECT_TRUE(is_media_type("application/vnd.ms-excel"));
  EXPECT_FALSE(is_media_type("Image/JPEG"));
  EXPECT_FALSE(is_media_type("image"));
  EXPECT_FALSE(is_media_type("image/"));
  EXPECT_FALSE(is_media_type("image/jpeg; q=1"));
  EXPECT_FALSE(is_media_type("a/" + std::string(126, 'b')));
}

TEST(TextPatterns, Sha256Hex) {
  EXPECT_TRUE(is_sha256_hex(std::string(64, 'a')));
  EXPECT_FALSE(is_sha256_hex(std::string(64, 'A')));
  EXPECT_FALSE(is_sha256_hex(std::string(63, 'a')));
  EXPECT_FALSE(is_sha256_hex(std::string(64, 'g')));
}

TEST(TextPatterns, PhoneNumber) {
  EXPECT_TRUE(is_phone_number("13812345678"));
  EXPECT_TRUE(is_phone_number("+86 138-1234-5678"));
  EXPECT_TRUE(is_phone_number("02312345"));
  EXPECT_FALSE(is_phone_number("1234"));       // too short
  EXPECT_FALSE(is_phone_number("+ 8613812345678"));
  EXPECT_FALSE(is_phone_number("138 1234 ext5"));
  EXPECT_FALSE(is_phone_number("1" + std::string(31, '2')));
}

TEST(TextPatterns, IdNumber) {
  EXPECT_TRUE(is_id_number("11010519491231002X"));
  EXPECT_TRUE(is_id_number("91500000MA5U7AB12C"));
  EXPECT_FALSE(is_id_number("123"));
  EXPECT_FALSE(is_id_number("110105-1949"));
  EXPECT_FALSE(is_id_number(std::string(33, '1')));
}

TEST(TextPatterns, Rfc3339TimestampNeedsARealDateAndAnOffset) {
  EXPECT_TRUE(is_rfc3339_timestamp("2026-11-20T09:30:00+08:00"));
  EXPECT_TRUE(is_rfc3339_timestamp("2026-11-20T01:30:00.250Z"));
  EXPECT_FALSE(is_rfc3339_timestamp("2026-11-20T09:30:00"));
  EXPECT_FALSE(is_rfc3339_timestamp("2026-02-30T09:30:00+08:00"));
  EXPECT_FALSE(is_rfc3339_timestamp("2026/11/20 09:30"));
}

}  // namespace
}  // namespace casegw::unified_case
