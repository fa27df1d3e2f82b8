#include "charset/gb18030_decoder.hpp"

#include <gtest/gtest.h>
#include <iconv.h>

#include <string>

#include "hex_bytes.hpp"

namespace casegw::charset {
namespace {

using test::bytes_from_hex;

// printf '%s' 重庆市渝中区解放碑 | iconv -f UTF-8 -t GB18030 | xxd -p  (identical in GBK)
constexpr std::string_view jiefangbei_gb18030_hex = "d6d8c7eccad0d3e5d6d0c7f8bde2b7c5b1ae";
constexpr std::string_view jiefangbei_utf8 = "重庆市渝中区解放碑";

conversion_result decode_hex(std::string_view hex, charset_name declared = charset_name::gb18030) {
  return decode_gb18030(bytes_from_hex(hex), declared);
}

TEST(Gb18030Decoder, DecodesTwoByteChineseText) {
  for (const charset_name declared : {charset_name::gb18030, charset_name::gbk}) {
    const conversion_result result = decode_hex(jiefangbei_gb18030_hex, declared);
    ASSERT_TRUE(result.ok()) << result.error->message;
    EXPECT_EQ(result.text, jiefangbei_utf8);
  }
}

TEST(Gb18030Decoder, DecodesFourByteSequences) {
  EXPECT_EQ(decode_hex("95328236").text, "\xF0\xA0\x80\x80");  // U+20000 𠀀, CJK Extension B
  EXPECT_EQ(decode_hex("9439fc36").text, "\xF0\x9F\x98\x80");  // U+1F600 😀
  EXPECT_EQ(decode_hex("81308130").text, "\xC2\x80");          // U+0080, the first four-byte code
  EXPECT_EQ(decode_hex("8431a439").text, "\xEF\xBF\xBF");      // U+FFFF, the last BMP code
  EXPECT_EQ(decode_hex("e3329a35").text, "\xF4\x8F\xBF\xBF");  // U+10FFFF, the last code point
}

TEST(Gb18030Decoder, PassesAsciiThroughAndMixesItWithChinese) {
  EXPECT_EQ(decode_gb18030("Jiefangbei, Yuzhong {\"a\":1}\n", charset_name::gb18030).text,
            "Jiefangbei, Yuzhong {\"a\":1}\n");
  const std::string mixed = "addr=" + bytes_from_hex(jiefangbei_gb18030_hex) + "&n=" + bytes_from_hex("95328236");
  EXPECT_EQ(decode_gb18030(mixed, charset_name::gbk).text, std::string("addr=") + std::string(jiefangbei_utf8) + "&n=\xF0\xA0\x80\x80");
}

TEST(Gb18030Decoder, EmptyInputIsEmptyText) {
  const conversion_result result = decode_gb18030("", charset_name::gb18030);
  EXPECT_TRUE(result.ok());
  EXPECT_TRUE(result.text.empty());
}

TEST(Gb18030Decoder, RefusesATwoByteSequenceCutOffAtTheEnd) {
  // 重庆 then the lead byte of 市 (CA D0) and nothing more.
  const conversion_result result = decode_hex("d6d8c7ecca");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error->code, "INVALID_ENCODING");
  EXPECT_EQ(result.error->byte_offset, 4u);
  EXPECT_EQ(result.error->message,
            "the body is not valid gb18030: it ends inside a multibyte sequence that starts at byte offset 4");
  EXPECT_TRUE(result.text.empty());
}

TEST(Gb18030Decoder, RefusesAFourByteSequenceCutOffAtTheEnd) {
  for (const std::string_view hex : {"d6d895", "d6d89532", "d6d8953282"}) {
    const conversion_result result = decode_hex(hex, charset_name::gbk);
    ASSERT_FALSE(result.ok()) << hex;
    EXPECT_EQ(result.error->byte_offset, 2u) << hex;
    EXPECT_NE(result.error->message.find("not valid gbk: it ends inside"), std::string::npos) << hex;
  }
}

TEST(Gb18030Decoder, RefusesAnInvalidTrailByteInTheMiddleWithItsOffset) {
  // 重庆, then lead CA with a space as trail (trails are 40..7E, 80..FE, or 30..39 for four bytes), then 区.
  const conversion_result result = decode_hex("d6d8c7ecca20c7f8");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error->code, "INVALID_ENCODING");
  EXPECT_EQ(result.error->byte_offset, 4u);
  EXPECT_EQ(result.error->message, "the body is not valid gb18030: invalid byte sequence at byte offset 4");
}

TEST(Gb18030Decoder, RefusesInvalidLeadBytes) {
  EXPECT_EQ(decode_hex("d6d8ffc7ec").error->byte_offset, 2u);  // FF never leads
  EXPECT_EQ(decode_hex("41ff").error->byte_offset, 1u);
  EXPECT_EQ(decode_hex("d6d880c7ec").error->byte_offset, 2u);  // 80 is not GB18030 (only CP936's euro)
}

TEST(Gb18030Decoder, RefusesFourByteCodesOutsideUnicode) {
  EXPECT_EQ(decode_hex("e3329a36").error->byte_offset, 0u);    // one past U+10FFFF
  EXPECT_EQ(decode_hex("41fe39fe39").error->byte_offset, 1u);  // the last four-byte code
  EXPECT_EQ(decode_hex("8431a530").error->byte_offset, 0u);    // between the BMP and U+10000 ranges
}

TEST(Gb18030Decoder, NeverReplacesWithU_FFFD) {
  // No byte 80..FF followed by a space (never a trail byte) is valid, and none turns into U+FFFD (EF BF BD).
  for (int byte = 0x80; byte <= 0xFF; ++byte) {
    const conversion_result result = decode_gb18030(std::string("a") + static_cast<char>(byte) + " b", charset_name::gb18030);
    ASSERT_FALSE(result.ok()) << byte;
    EXPECT_EQ(result.error->byte_offset, 1u) << byte;
    EXPECT_EQ(result.text.find("\xEF\xBF\xBD"), std::string::npos);
  }
}

TEST(Gb18030Decoder, GbkAcceptsTheCp936EuroByteAndGb18030DoesNot) {
  EXPECT_EQ(decode_hex("31308065", charset_name::gbk).text, "10\xE2\x82\xAC" "e");
  EXPECT_EQ(decode_hex("8080", charset_name::gbk).text, "\xE2\x82\xAC\xE2\x82\xAC");  // outgrows the 1.5x estimate
  EXPECT_EQ(decode_hex("a2e3", charset_name::gbk).text, "\xE2\x82\xAC");  // the GB18030 two-byte euro, too
  EXPECT_FALSE(decode_hex("31308065", charset_name::gb18030).ok());
}

TEST(Gb18030Decoder, ConvertsOneMebibyte) {
  const std::string unit = bytes_from_hex(jiefangbei_gb18030_hex) + "12345 " + bytes_from_hex("9439fc36");
  const std::string unit_utf8 = std::string(jiefangbei_utf8) + "12345 \xF0\x9F\x98\x80";
  std::string body, expected;
  while (body.size() < (1u << 20)) {
    body += unit;
    expected += unit_utf8;
  }
  const conversion_result result = decode_gb18030(body, charset_name::gb18030);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.text, expected);

  body[body.size() - 3] = '\xFF';
  const conversion_result broken = decode_gb18030(body, charset_name::gb18030);
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.error->byte_offset, body.size() - 4);  // the four-byte emoji now starting an invalid sequence
}

// The design decision behind decoding gbk with the GB18030 converter: on this platform every
// two-byte sequence glibc's own GBK converter accepts decodes to the same character.
TEST(Gb18030Decoder, DecodesEverythingGlibcGbkDecodesIdentically) {
  iconv_t glibc_gbk = iconv_open("UTF-8", "GBK");
  ASSERT_NE(glibc_gbk, reinterpret_cast<iconv_t>(-1));
  int compared = 0;
  for (int lead = 0x81; lead <= 0xFE; ++lead) {
    for (int trail = 0x40; trail <= 0xFE; ++trail) {
      std::string in{static_cast<char>(lead), static_cast<char>(trail)};
      char* in_pointer = in.data();
      std::size_t in_left = in.size();
      char out[8];
      char* out_pointer = out;
      std::size_t out_left = sizeof out;
      iconv(glibc_gbk, nullptr, nullptr, nullptr, nullptr);
      if (iconv(glibc_gbk, &in_pointer, &in_left, &out_pointer, &out_left) == static_cast<std::size_t>(-1)) continue;
      const conversion_result ours = decode_gb18030(in, charset_name::gbk);
      ASSERT_TRUE(ours.ok()) << test::hex_from_bytes(in);
      ASSERT_EQ(ours.text, std::string(out, out_pointer)) << test::hex_from_bytes(in);
      ++compared;
    }
  }
  iconv_close(glibc_gbk);
  EXPECT_GT(compared, 21000);  // GBK has 21,886 codes; glibc 2.36 decodes 21,791 two-byte ones
}

}  // namespace
}  // namespace casegw::charset
