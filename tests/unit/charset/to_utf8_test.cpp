#include "charset/to_utf8.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "hex_bytes.hpp"

namespace casegw::charset {
namespace {

const std::string jiefangbei_gb18030 = test::bytes_from_hex("d6d8c7eccad0d3e5d6d0c7f8bde2b7c5b1ae");
constexpr std::string_view jiefangbei_utf8 = "重庆市渝中区解放碑";

TEST(ToUtf8, ConvertsEachDeclaredCharset) {
  EXPECT_EQ(to_utf8(jiefangbei_utf8, canonical("UTF-8")).text, jiefangbei_utf8);
  EXPECT_EQ(to_utf8(jiefangbei_gb18030, canonical("GB2312")).text, jiefangbei_utf8);
  EXPECT_EQ(to_utf8(jiefangbei_gb18030, canonical("gbk")).text, jiefangbei_utf8);
  EXPECT_EQ(to_utf8(jiefangbei_gb18030, canonical("GB18030")).text, jiefangbei_utf8);
}

TEST(ToUtf8, AsciiAndEmptyBodiesAreTheSameInEveryCharset) {
  for (const charset_name from : {charset_name::utf8, charset_name::gbk, charset_name::gb18030}) {
    EXPECT_EQ(to_utf8("{\"title\":\"x\"}", from).text, "{\"title\":\"x\"}");
    const conversion_result empty = to_utf8("", from);
    EXPECT_TRUE(empty.ok());
    EXPECT_TRUE(empty.text.empty());
  }
}

TEST(ToUtf8, RefusesAnUnknownCharset) {
  const conversion_result result = to_utf8("abc", canonical("big5"));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error->code, "UNSUPPORTED_CHARSET");
  EXPECT_TRUE(result.text.empty());
}

TEST(ToUtf8, RefusesGbkBytesDeclaredAsUtf8) {
  const conversion_result result = to_utf8("addr=" + jiefangbei_gb18030, charset_name::utf8);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error->code, "INVALID_ENCODING");
  EXPECT_EQ(result.error->byte_offset, 5u);
}

TEST(ToUtf8, ErrorMessagesNeverQuoteTheBody) {
  const std::string body = "secret=" + jiefangbei_gb18030.substr(0, 5);
  for (const charset_name from : {charset_name::utf8, charset_name::gbk}) {
    const conversion_result result = to_utf8(body, from);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error->message.find("secret"), std::string::npos);
    for (const char c : result.error->message) EXPECT_LT(static_cast<unsigned char>(c), 0x80);
  }
}

TEST(ToUtf8, IsSafeToCallFromManyThreads) {
  std::string body;
  for (int i = 0; i < 200; ++i) body += jiefangbei_gb18030 + test::bytes_from_hex("9439fc36");
  std::string expected;
  for (int i = 0; i < 200; ++i) expected += std::string(jiefangbei_utf8) + "\xF0\x9F\x98\x80";

  std::vector<int> failures(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 300; ++i) {
        const bool broken = i % 3 == 0;
        const conversion_result result = to_utf8(broken ? body + "\x81" : body, charset_name::gb18030);
        if (broken ? (result.ok() || result.error->byte_offset != body.size()) : result.text != expected) ++failures[t];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const int f : failures) EXPECT_EQ(f, 0);
}

}  // namespace
}  // namespace casegw::charset
