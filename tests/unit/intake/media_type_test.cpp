#include "intake/media_type.hpp"

#include <gtest/gtest.h>

namespace casegw::intake {

TEST(MediaType, ParsesTypeAndLowercasedCharset) {
  const auto m = parse_media_type("Application/JSON; charset=UTF-8");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->type, "application/json");
  EXPECT_EQ(m->charset, "utf-8");
}

TEST(MediaType, CharsetIsEmptyWhenNotDeclared) {
  const auto m = parse_media_type("application/json");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->charset, "");
}

TEST(MediaType, AcceptsQuotedCharsetAndOtherParameters) {
  const auto m = parse_media_type("application/xml; version=2 ; charset=\"GB18030\"");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->type, "application/xml");
  EXPECT_EQ(m->charset, "gb18030");
}

TEST(MediaType, Utf8WithoutHyphenIsTheSameCharset) {
  EXPECT_EQ(parse_media_type("application/json;charset=utf8")->charset, "utf-8");
}

TEST(MediaType, RejectsMalformedHeaders) {
  EXPECT_FALSE(parse_media_type(""));
  EXPECT_FALSE(parse_media_type("json"));
  EXPECT_FALSE(parse_media_type("application/"));
  EXPECT_FALSE(parse_media_type("appli cation/json"));
  EXPECT_FALSE(parse_media_type("application/json; charset"));
}

}  // namespace casegw::intake
