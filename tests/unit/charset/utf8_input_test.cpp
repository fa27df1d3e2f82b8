#include "charset/utf8_input.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "unified_case/utf8.hpp"

namespace casegw::charset {
namespace {

std::size_t longest_valid_prefix_by_brute_force(std::string_view text) {
  std::size_t length = text.size();
  while (length > 0 && !unified_case::is_valid_utf8(text.substr(0, length))) --length;
  return length;
}

TEST(AcceptUtf8, PassesValidTextThroughUnchanged) {
  const std::string text = "重庆市渝中区解放碑 ascii \xF0\xA0\x80\x80 \xF0\x9F\x98\x80";
  const conversion_result result = accept_utf8(text);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.text, text);
}

TEST(AcceptUtf8, RefusesAStrayContinuationByteWithItsOffset) {
  const conversion_result result = accept_utf8("重庆\x80市");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error->code, "INVALID_ENCODING");
  EXPECT_EQ(result.error->byte_offset, 6u);
  EXPECT_EQ(result.error->message, "the body is not valid utf-8: invalid byte sequence at byte offset 6");
  EXPECT_TRUE(result.text.empty());
}

TEST(AcceptUtf8, RefusesOverlongSurrogateAndGbkBytes) {
  EXPECT_EQ(accept_utf8("ab\xC0\xAF").error->byte_offset, 2u);         // overlong '/'
  EXPECT_EQ(accept_utf8("abc\xED\xA0\x80xyz").error->byte_offset, 3u);  // U+D800
  EXPECT_EQ(accept_utf8("\xD6\xD8\xC7\xEC").error->byte_offset, 0u);    // 重庆 in GBK, mislabelled
}

TEST(AcceptUtf8, ReportsACharacterCutOffAtTheEndAsTruncated) {
  const conversion_result result = accept_utf8("重庆\xE5\xB8");  // 市 is E5 B8 82
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error->byte_offset, 6u);
  EXPECT_EQ(result.error->message,
            "the body is not valid utf-8: it ends inside a multibyte sequence that starts at byte offset 6");
  // The same two bytes followed by more text are simply invalid.
  EXPECT_NE(accept_utf8("重庆\xE5\xB8x").error->message.find("invalid byte sequence at byte offset 6"), std::string::npos);
  // E0 80 cannot start any valid sequence (overlong), so it is invalid, not truncated.
  EXPECT_NE(accept_utf8("\xE0\x80").error->message.find("invalid byte sequence"), std::string::npos);
}

TEST(FirstInvalidUtf8Offset, FindsTheErrorInALargeBody) {
  const std::string unit = "重庆市渝中区解放碑 Jiefangbei ";
  std::string body;
  while (body.size() < 1'000'000) body += unit;
  const std::size_t error_at = body.size() - 10 * unit.size();  // between two characters
  std::string broken = body.substr(0, error_at) + "\xFF" + body.substr(error_at);
  EXPECT_EQ(first_invalid_utf8_offset(broken), error_at);
  broken = body + "\xF0\x9F\x98";  // an emoji cut off at the very end
  EXPECT_EQ(first_invalid_utf8_offset(broken), body.size());
  broken = "\x80" + body;
  EXPECT_EQ(first_invalid_utf8_offset(broken), 0u);
  broken = body;
  broken[error_at + 1] = 'x';  // inside 重 (E9 87 8D): the error is where the character starts
  EXPECT_EQ(first_invalid_utf8_offset(broken), error_at);
}

TEST(FirstInvalidUtf8Offset, HandlesLongRunsOfContinuationBytes) {
  const std::string run(5000, '\x80');
  EXPECT_EQ(first_invalid_utf8_offset("abc" + run), 3u);
  EXPECT_EQ(first_invalid_utf8_offset("中" + run + "文"), 3u);
  EXPECT_EQ(first_invalid_utf8_offset(std::string(3000, 'a') + "\xF0" + run), 3000u);
}

// The bisection must agree with the definition (the longest valid prefix) on arbitrary bytes,
// biased towards the lead and continuation bytes where the cases are.
TEST(FirstInvalidUtf8Offset, AgreesWithBruteForceOnRandomBytes) {
  std::mt19937 random(20240604);
  const std::string alphabet = std::string("a\x80\x8F\x90\xA0\xBF\xC2\xDF\xE0\xE5\xED\xEF\xF0\xF4\xF5\xFF", 16);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const std::size_t length = random() % 64;
    for (std::size_t i = 0; i < length; ++i) {
      // Mostly valid Chinese text, with a random byte now and then.
      if (random() % 4 == 0) text += alphabet[random() % alphabet.size()];
      else text += "中";
    }
    if (unified_case::is_valid_utf8(text)) continue;
    ASSERT_EQ(first_invalid_utf8_offset(text), longest_valid_prefix_by_brute_force(text)) << text;
  }
}

}  // namespace
}  // namespace casegw::charset
