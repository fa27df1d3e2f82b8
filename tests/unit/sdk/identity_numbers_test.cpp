// sdk/identity_numbers.hpp: mainland mobile numbers, resident ID check digits (GB 11643) and
// unified social credit codes (GB 32100).
#include <casegw/sdk/identity_numbers.hpp>

#include <gtest/gtest.h>

namespace casegw::sdk {
namespace {

TEST(SdkMobile, ElevenDigitsStarting13To19) {
  for (const char* text : {"13912345678", "15823456789", "18623001234", "19900001111", "17000000000"})
    EXPECT_TRUE(is_mainland_mobile(text)) << text;
  for (const char* text : {"12912345678", "10912345678", "1391234567", "139123456789", "023-6385123", "+8613912345678",
                           "1391234567a", "２3912345678", "", "23912345678"})
    EXPECT_FALSE(is_mainland_mobile(text)) << text;
}

TEST(SdkResidentId, ValidNumbersAreReturnedUnchanged) {
  // 11010519491231002X is the standard's own example; the others are check-digit-correct test numbers.
  for (const char* id : {"11010519491231002X", "500103198503121234", "500103199001011232", "500112197806154326"})
    EXPECT_EQ(normalized_resident_id(id), id) << id;
}

TEST(SdkResidentId, ALowercaseCheckXIsRaised) {
  EXPECT_EQ(normalized_resident_id("11010519491231002x"), "11010519491231002X");
}

TEST(SdkResidentId, AWrongCheckCharacterIsRefused) {
  // Every other check character for two valid numbers.
  for (const char check : std::string_view("0123456789Xx")) {
    std::string a = "11010519491231002X", b = "500103198503121234";
    a[17] = check;
    b[17] = check;
    if (check != 'X' && check != 'x') {
      EXPECT_EQ(normalized_resident_id(a), std::nullopt) << a;
    }
    if (check != '4') {
      EXPECT_EQ(normalized_resident_id(b), std::nullopt) << b;
    }
  }
}

TEST(SdkResidentId, ASwappedOrChangedDigitIsCaught) {
  EXPECT_EQ(normalized_resident_id("500103198503121244"), std::nullopt);  // one digit changed
  EXPECT_EQ(normalized_resident_id("500130198503121234"), std::nullopt);  // two digits swapped
}

TEST(SdkResidentId, MisshapenNumbersAreRefused) {
  for (const char* text : {"", "50010319850312123", "5001031985031212345", "X00103198503121234", "5001031985031212X4",
                           "50010319850312123 ", "500103 98503121234", "１１010519491231002X", "110105194912310"})
    EXPECT_EQ(normalized_resident_id(text), std::nullopt) << text;
}

TEST(SdkCreditCode, ValidCodesPass) {
  // 91350100M000100Y43 is GB 32100's worked example; 91500112MA5U7QXK3K the channel samples' enterprise.
  for (const char* code : {"91350100M000100Y43", "91500112MA5U7QXK3K"}) EXPECT_TRUE(is_unified_social_credit_code(code)) << code;
}

TEST(SdkCreditCode, AWrongCheckCharacterOrAnExcludedLetterIsRefused) {
  EXPECT_FALSE(is_unified_social_credit_code("91500112MA5U7QXK3A"));
  EXPECT_FALSE(is_unified_social_credit_code("91350100M000100Y44"));
  // I, O, S, V and Z are not in the alphabet (they read like digits), lowercase is not either.
  for (const char letter : std::string_view("IOSVZa")) {
    std::string code = "91500112MA5U7QXK3K";
    code[9] = letter;
    EXPECT_FALSE(is_unified_social_credit_code(code)) << code;
  }
  EXPECT_FALSE(is_unified_social_credit_code("91500112MA5U7QXK3"));
  EXPECT_FALSE(is_unified_social_credit_code("91500112MA5U7QXK3KK"));
  EXPECT_FALSE(is_unified_social_credit_code(""));
  EXPECT_FALSE(is_unified_social_credit_code("11010519491231002X"));  // this resident ID fails the MOD 31 check
}

}  // namespace
}  // namespace casegw::sdk
