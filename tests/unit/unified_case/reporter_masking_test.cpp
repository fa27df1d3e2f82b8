#include "unified_case/reporter_masking.hpp"

#include "sample_adapter_part.hpp"
#include "unified_case/utf8.hpp"

#include <boost/json/serialize.hpp>
#include <gtest/gtest.h>

namespace casegw::unified_case {
namespace {

TEST(MaskName, KeepsTheFirstCharacterOfMultiByteNames) {
  EXPECT_EQ(mask_name("张三"), "张*");
  EXPECT_EQ(mask_name("欧阳娜娜"), "欧***");
  EXPECT_EQ(mask_name("Li Lei"), "L*****");
}

TEST(MaskName, ShortNamesAreFullyMasked) {
  EXPECT_EQ(mask_name("张"), "*");
  EXPECT_EQ(mask_name(""), "");
}

TEST(MaskPhone, KeepsFirstThreeAndLastFourDigits) {
  EXPECT_EQ(mask_phone("13812345678"), "138****5678");
  EXPECT_EQ(mask_phone("02312345"), "023*2345");
  EXPECT_EQ(mask_phone("+86 138-1234-5678"), "+86 1**-****-5678");
}

TEST(MaskPhone, FewerThanEightDigitsAreFullyMasked) {
  EXPECT_EQ(mask_phone("1234567"), "*******");
  EXPECT_EQ(mask_phone("12-345"), "******");
  EXPECT_EQ(mask_phone(""), "");
}

TEST(MaskIdNumber, KeepsFirstAndLastCharacter) {
  EXPECT_EQ(mask_id_number("11010519491231002X"), "1****************X");
  EXPECT_EQ(mask_id_number("ABCD"), "A**D");
}

TEST(MaskIdNumber, ShortInputIsFullyMasked) {
  EXPECT_EQ(mask_id_number("123"), "***");
  EXPECT_EQ(mask_id_number(""), "");
}

TEST(MaskAddress, KeepsTheFirstSixCharacters) {
  EXPECT_EQ(mask_address("重庆市渝中区解放碑街道民族路100号"), "重庆市渝中区***");
  EXPECT_EQ(mask_address("Room 1203, Building 5"), "Room 1***");
}

TEST(MaskAddress, ShortAddressKeepsOnlyHalf) {
  EXPECT_EQ(mask_address("重庆市渝中区"), "重庆市***");
  EXPECT_EQ(mask_address("民族路"), "民***");
  EXPECT_EQ(mask_address("路"), "***");
  EXPECT_EQ(mask_address(""), "");
}

TEST(MaskedCase, MasksReporterLocationAndContent) {
  boost::json::object unified = testing::sample_adapter_part();
  unified["schema"] = "casegw.case/v1";
  const boost::json::object masked = masked_case(unified);
  const auto& reporter = masked.at("reporter").as_object();
  EXPECT_EQ(reporter.at("name"), "张*");
  EXPECT_EQ(reporter.at("phone"), "138****5678");
  EXPECT_EQ(reporter.at("id_number"), "1****************X");
  EXPECT_EQ(reporter.at("type"), "person");
  EXPECT_EQ(reporter.at("contact_consent"), true);
  EXPECT_EQ(masked.at("location").at("address"), "重庆市渝中区***");
  EXPECT_EQ(masked.at("location").at("region_code"), "500103");
  const auto content_length = count_code_points(unified.at("content").as_string());
  EXPECT_EQ(masked.at("content").as_string(), "[redacted: " + std::to_string(content_length) + " characters]");
  EXPECT_EQ(masked.at("title"), unified.at("title"));
  EXPECT_EQ(masked.at("schema"), "casegw.case/v1");
}

// The terms a scope rule found are words of the content: shown as a count, with the rule.
TEST(MaskedCase, ScopeMatchedTermsAreRedactedButTheRuleStays) {
  boost::json::object unified = testing::sample_adapter_part();
  unified["scope"] = boost::json::object{{"assessment", "suspected_out_of_scope"}, {"in_scope", false},
                                         {"exclusion_code", "emergency"}, {"rule", "emergency-fire"},
                                         {"urgent", true}, {"matched", boost::json::array{"着火了", "浓烟"}}};
  const auto masked = masked_case(unified);
  EXPECT_EQ(masked.at("scope").at("matched"), "[redacted: 2 terms]");
  EXPECT_EQ(masked.at("scope").at("rule"), "emergency-fire");
  EXPECT_EQ(masked.at("scope").at("exclusion_code"), "emergency");
  EXPECT_EQ(boost::json::serialize(masked).find("着火了"), std::string::npos);
}

TEST(MaskedCase, LeavesTheOriginalUntouched) {
  const boost::json::object unified = testing::sample_adapter_part();
  const boost::json::object copy = unified;
  (void)masked_case(unified);
  EXPECT_EQ(unified, copy);
}

TEST(MaskedCase, AnonymousReporterWithoutDetailsIsFine) {
  boost::json::object unified = testing::sample_adapter_part();
  unified["reporter"] = boost::json::object{{"type", "anonymous"}, {"contact_consent", false}};
  unified["location"].as_object().erase("address");
  const boost::json::object masked = masked_case(unified);
  EXPECT_EQ(masked.at("reporter"), unified.at("reporter"));
  EXPECT_FALSE(masked.at("location").as_object().contains("address"));
}

TEST(MaskedCase, NoReporterDataSurvivesAnywhereInTheText) {
  const std::string text = boost::json::serialize(masked_case(testing::sample_adapter_part()));
  for (const auto secret : {testing::reporter_name, testing::reporter_phone, testing::reporter_id_number,
                            std::string_view("民族路100号")}) {
    EXPECT_EQ(text.find(secret), std::string::npos) << secret;
  }
}

}  // namespace
}  // namespace casegw::unified_case
