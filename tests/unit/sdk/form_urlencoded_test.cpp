// sdk/form_urlencoded.hpp: strict application/x-www-form-urlencoded parsing.
#include <casegw/sdk/form_urlencoded.hpp>

#include <gtest/gtest.h>

namespace casegw::sdk {
namespace {

rejection rejection_of(std::string_view body) {
  try {
    form_fields::parse(body);
  } catch (const rejection& r) {
    return r;
  }
  ADD_FAILURE() << "no rejection for \"" << body << '"';
  return rejection("", "", "");
}

TEST(SdkForm, ReadsNamesAndValues) {
  const form_fields form = form_fields::parse("title=abc&type=complaint&empty=&flag");
  EXPECT_EQ(form.get("title"), "abc");
  EXPECT_EQ(form.get("type"), "complaint");
  EXPECT_EQ(form.get("empty"), "");  // present and blank: returned as is
  EXPECT_EQ(form.get("flag"), "");   // a name without '=' has an empty value
  EXPECT_TRUE(form.has("flag"));
  EXPECT_FALSE(form.has("missing"));
  EXPECT_EQ(form.get("missing"), std::nullopt);
  EXPECT_EQ(form.all().size(), 4u);
}

TEST(SdkForm, PlusIsASpaceAndPercentEscapesAreBytes) {
  const form_fields form = form_fields::parse("a=hello+world&b=%E5%A4%A7%E8%B6%B3%E5%8C%BA&c=1%2B1%3D2&d=%25&e=%e4%b8%ad");
  EXPECT_EQ(form.get("a"), "hello world");
  EXPECT_EQ(form.get("b"), "大足区");
  EXPECT_EQ(form.get("c"), "1+1=2");  // an escaped '+' stays a plus, an escaped '=' is no separator
  EXPECT_EQ(form.get("d"), "%");
  EXPECT_EQ(form.get("e"), "中");      // lowercase hex digits are fine
}

TEST(SdkForm, NamesAreDecodedToo) {
  const form_fields form = form_fields::parse("reporter+name=x&%E6%A0%87%E9%A2%98=y");
  EXPECT_EQ(form.get("reporter name"), "x");
  EXPECT_EQ(form.get("标题"), "y");
}

TEST(SdkForm, AValueMayHoldEqualsSigns) {
  EXPECT_EQ(form_fields::parse("sig=abc==").get("sig"), "abc==");
}

TEST(SdkForm, EmptyPairsAndATrailingAmpersandAreHarmless) {
  const form_fields form = form_fields::parse("&a=1&&b=2&");
  EXPECT_EQ(form.all().size(), 2u);
  EXPECT_EQ(form.get("b"), "2");
  EXPECT_TRUE(form_fields::parse("").all().empty());
}

TEST(SdkForm, BadEscapesAreMalformed) {
  for (const char* body : {"a=%", "a=%4", "a=%zz", "a=%4g", "a=100%", "%=1", "a=%%41", "a=%-1", "a=% 41"}) {
    const rejection r = rejection_of(body);
    EXPECT_EQ(r.code(), "MALFORMED_BODY") << body;
    EXPECT_EQ(r.field(), "") << body;
    EXPECT_EQ(std::string(r.what()), "the body is not a form: '%' must be followed by two hex digits") << body;
  }
}

TEST(SdkForm, AnEmptyNameIsMalformed) {
  for (const char* body : {"=value", "a=1&=2", "%20%20=x&="}) {
    const rejection r = rejection_of(body);
    EXPECT_EQ(r.code(), "MALFORMED_BODY") << body;
    EXPECT_NE(std::string(r.what()).find("has no name"), std::string::npos) << body;
  }
  // "+" decodes to a space, which is a name, if an odd one.
  EXPECT_EQ(form_fields::parse("+=x").get(" "), "x");
}

TEST(SdkForm, ANameTwiceIsADuplicateFieldNamingIt) {
  for (const char* body : {"title=a&title=b", "title=a&title=a", "title&title=", "a%20b=1&a+b=2", "t=1&x=2&%74=3"}) {
    const rejection r = rejection_of(body);
    EXPECT_EQ(r.code(), "DUPLICATE_FIELD") << body;
    EXPECT_FALSE(r.field().empty()) << body;
  }
  EXPECT_EQ(rejection_of("title=a&title=b").field(), "title");
  EXPECT_EQ(rejection_of("a%20b=1&a+b=2").field(), "a b");
  // Names are case-sensitive: these are two fields.
  EXPECT_EQ(form_fields::parse("Title=a&title=b").all().size(), 2u);
}

TEST(SdkForm, InvalidUtf8AfterDecodingIsMalformed) {
  // A lone continuation byte, a truncated sequence, an overlong '/', a UTF-16 surrogate, a code
  // point above U+10FFFF, and GBK bytes percent-encoded by a form that was not sent as UTF-8.
  for (const char* body : {"a=%80", "a=%E5%A4", "a=%C0%AF", "a=%ED%A0%80", "a=%F4%90%80%80", "a=%B4%F3%D7%E3",
                           "a=%FF", "%E5=1", "a=x%E5%A4%A7%E8"}) {
    const rejection r = rejection_of(body);
    EXPECT_EQ(r.code(), "MALFORMED_BODY") << body;
    EXPECT_EQ(std::string(r.what()), "the body is not a form in UTF-8 after percent-decoding") << body;
  }
  // The largest code point and a 4-byte emoji are fine.
  EXPECT_EQ(form_fields::parse("a=%F4%8F%BF%BF").get("a"), "\xF4\x8F\xBF\xBF");
  EXPECT_EQ(form_fields::parse("a=%F0%9F%98%80").get("a"), "\xF0\x9F\x98\x80");
}

TEST(SdkForm, MessagesNeverQuoteTheValue) {
  const rejection r = rejection_of("mobile=13912345678%zz");
  EXPECT_EQ(std::string(r.what()).find("13912345678"), std::string::npos);
}

}  // namespace
}  // namespace casegw::sdk
