// sdk/text.hpp and sdk/field_errors.hpp: blank detection, character counting, length limits,
// case references, and the standard rejection codes with their messages.
#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/text.hpp>

#include <gtest/gtest.h>

namespace casegw::sdk {
namespace {

TEST(SdkText, BlankIsEmptyOrOnlyAsciiWhitespaceAndIdeographicSpaces) {
  for (const char* text : {"", " ", "\t\r\n\f\v", "\u3000", " \u3000\u3000 ", "\u3000\n"}) EXPECT_TRUE(is_blank(text)) << text;
  for (const char* text : {"a", " a ", "\u3000大\u3000", "\u00A0", "\xE3\x80", "\u2003", "0"}) EXPECT_FALSE(is_blank(text)) << text;
}

TEST(SdkText, CharactersAreCodePointsNotBytes) {
  EXPECT_EQ(count_characters(""), 0u);
  EXPECT_EQ(count_characters("abc"), 3u);
  EXPECT_EQ(count_characters("大足区"), 3u);               // 9 bytes
  EXPECT_EQ(count_characters("a\u00E9大\U0001F600"), 4u);  // 1 + 2 + 3 + 4 bytes
}

TEST(SdkText, AllDigitsIsAsciiDigitsOnlyAndNotEmpty) {
  EXPECT_TRUE(is_all_digits("0123456789"));
  for (const char* text : {"", "12a", " 12", "-12", "１２", "1.5"}) EXPECT_FALSE(is_all_digits(text)) << text;
}

TEST(SdkText, MaxLengthCountsCharactersAndThrowsFieldTooLong) {
  std::string title;
  for (int i = 0; i < 200; ++i) title += "噪";
  EXPECT_NO_THROW(require_max_length("submission.title", title, 200));  // 600 bytes, 200 characters
  title += "a";
  try {
    require_max_length("submission.title", title, 200);
    FAIL() << "no rejection";
  } catch (const rejection& r) {
    EXPECT_EQ(r.code(), "FIELD_TOO_LONG");
    EXPECT_EQ(r.field(), "submission.title");
    EXPECT_EQ(std::string(r.what()), "is longer than 200 characters");
  }
}

TEST(SdkText, CaseReferencesFollowTheUnifiedPattern) {
  for (const char* ref : {"CQDC20261120000481", "a", "A.b_c:d/e-f", "2026/11/20-001"}) EXPECT_TRUE(is_case_reference(ref)) << ref;
  EXPECT_TRUE(is_case_reference(std::string(128, 'x')));
  EXPECT_FALSE(is_case_reference(std::string(129, 'x')));
  for (const char* ref : {"", "-abc", ".abc", "CQDC 2026", "受理2026", "a#b", "a?b", "a\\b", "a\nb"})
    EXPECT_FALSE(is_case_reference(ref)) << ref;
}

TEST(SdkFieldErrors, EachHelperCarriesItsCodeFieldAndARuleMessage) {
  struct expectation {
    rejection r;
    const char* code;
    const char* field;
    const char* message;
  };
  const expectation all[] = {
      {missing_field("a.b"), "MISSING_FIELD", "a.b", "a required field is missing"},
      {wrong_type("a.b", "a string"), "WRONG_TYPE", "a.b", "must be a string"},
      {invalid_field("a.b", "must be one of x, y"), "INVALID_FIELD", "a.b", "the value must be one of x, y"},
      {unknown_kind("type", "consult, complaint"), "UNKNOWN_KIND", "type",
       "is not a known case type; expected one of consult, complaint"},
      {invalid_date("t", "is not a real calendar date and time"), "INVALID_DATE", "t",
       "the date-time is not a real calendar date and time"},
      {invalid_region_code("loc", "must be 6, 9 or 12 digits"), "INVALID_REGION_CODE", "loc",
       "the region code must be 6, 9 or 12 digits"},
      {field_too_long("title", 200), "FIELD_TOO_LONG", "title", "is longer than 200 characters"},
      {duplicate_field("title"), "DUPLICATE_FIELD", "title", "appears more than once"},
      {malformed_body("JSON"), "MALFORMED_BODY", "", "the body is not JSON"},
  };
  for (const auto& e : all) {
    EXPECT_EQ(e.r.code(), e.code);
    EXPECT_EQ(e.r.field(), e.field);
    EXPECT_EQ(std::string(e.r.what()), e.message);
  }
  EXPECT_STREQ(code::unsupported_version, "UNSUPPORTED_VERSION");
}

}  // namespace
}  // namespace casegw::sdk
