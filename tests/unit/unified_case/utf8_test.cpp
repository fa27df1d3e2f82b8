#include "unified_case/utf8.hpp"

#include <gtest/gtest.h>

#include <string>

namespace casegw::unified_case {
namespace {

TEST(IsValidUtf8, AcceptsAsciiChineseAndFourByteCharacters) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("plain ascii"));
  EXPECT_TRUE(is_valid_utf8("重庆市渝中区"));
  EXPECT_TRUE(is_valid_utf8("\xf0\x9f\x98\x80"));       // U+1F600
  EXPECT_TRUE(is_valid_utf8("\xf4\x8f\xbf\xbf"));       // U+10FFFF, the last code point
  EXPECT_TRUE(is_valid_utf8("\xed\x9f\xbf"));           // U+D7FF, just below the surrogates
  EXPECT_TRUE(is_valid_utf8(std::string("a\0b", 3)));   // NUL is a code point
}

TEST(IsValidUtf8, RejectsOverlongForms) {
  EXPECT_FALSE(is_valid_utf8("\xc0\xaf"));          // '/' in two bytes
  EXPECT_FALSE(is_valid_utf8("\xc1\xbf"));
  EXPECT_FALSE(is_valid_utf8("\xe0\x80\xaf"));      // '/' in three bytes
  EXPECT_FALSE(is_valid_utf8("\xf0\x80\x80\xaf"));  // '/' in four bytes
}

TEST(IsValidUtf8, RejectsSurrogatesAndCodePointsAboveTheLimit) {
  EXPECT_FALSE(is_valid_utf8("\xed\xa0\x80"));      // U+D800
  EXPECT_FALSE(is_valid_utf8("\xed\xbf\xbf"));      // U+DFFF
  EXPECT_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));  // U+110000
  EXPECT_FALSE(is_valid_utf8("\xf5\x80\x80\x80"));
  EXPECT_FALSE(is_valid_utf8("\xff"));
}

TEST(IsValidUtf8, RejectsTruncatedAndStrayBytes) {
  EXPECT_FALSE(is_valid_utf8("\xe9\x87"));          // first two bytes of 重
  EXPECT_FALSE(is_valid_utf8("abc\xe9"));
  EXPECT_FALSE(is_valid_utf8("\x80"));              // lone continuation
  EXPECT_FALSE(is_valid_utf8("\xe9\x87z"));         // continuation replaced by ASCII
}

TEST(CountCodePoints, CountsCharactersNotBytes) {
  EXPECT_EQ(count_code_points(""), 0u);
  EXPECT_EQ(count_code_points("abc"), 3u);
  EXPECT_EQ(count_code_points("张三"), 2u);
  EXPECT_EQ(count_code_points("a张\xf0\x9f\x98\x80"), 3u);
}

TEST(FirstAndLastCodePoints, NeverSplitACharacter) {
  EXPECT_EQ(first_code_points("欧阳娜娜", 1), "欧");
  EXPECT_EQ(first_code_points("欧阳娜娜", 3), "欧阳娜");
  EXPECT_EQ(first_code_points("欧阳", 5), "欧阳");
  EXPECT_EQ(first_code_points("abc", 0), "");
  EXPECT_EQ(last_code_points("欧阳娜娜", 1), "娜");
  EXPECT_EQ(last_code_points("a张b", 2), "张b");
  EXPECT_EQ(last_code_points("ab", 9), "ab");
  EXPECT_EQ(last_code_points("ab", 0), "");
}

}  // namespace
}  // namespace casegw::unified_case
