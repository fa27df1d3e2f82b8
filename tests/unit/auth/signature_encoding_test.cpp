#include "auth/signature_encoding.hpp"

#include <gtest/gtest.h>

namespace casegw::auth {
namespace {

// RFC 4648 §10 vectors.
TEST(Base64, Rfc4648VectorsRoundTrip) {
  const std::pair<std::string, std::string> vectors[] = {{"", ""},         {"f", "Zg=="},       {"fo", "Zm8="},
                                                         {"foo", "Zm9v"},  {"foob", "Zm9vYg=="}, {"fooba", "Zm9vYmE="},
                                                         {"foobar", "Zm9vYmFy"}};
  for (const auto& [plain, encoded] : vectors) {
    EXPECT_EQ(encode_base64(plain), encoded);
    EXPECT_EQ(decode_base64(encoded), plain) << encoded;
  }
}

TEST(Base64, PaddingIsOptional) { EXPECT_EQ(decode_base64("Zm8"), "fo"); }

TEST(Base64, RejectsForeignCharactersAndBadShapes) {
  EXPECT_FALSE(decode_base64("Zm9v YmFy"));  // whitespace
  EXPECT_FALSE(decode_base64("Zm9v\n"));
  EXPECT_FALSE(decode_base64("Zm-_"));      // URL-safe alphabet is not accepted
  EXPECT_FALSE(decode_base64("Z"));         // one character cannot hold a byte
  EXPECT_FALSE(decode_base64("Zg="));       // padding that does not complete a group
  EXPECT_FALSE(decode_base64("Zg==="));
  EXPECT_FALSE(decode_base64("Zh=="));      // non-zero leftover bits: not canonical
}

TEST(Base64, EncodesBinary) {
  const std::string bytes("\x00\xff\x10", 3);
  EXPECT_EQ(decode_base64(encode_base64(bytes)), bytes);
}

TEST(Hex, DecodesEitherCase) {
  EXPECT_EQ(decode_hex("00ff10"), std::string("\x00\xff\x10", 3));
  EXPECT_EQ(decode_hex("00FF10"), std::string("\x00\xff\x10", 3));
}

TEST(Hex, RejectsOddLengthAndForeignCharacters) {
  EXPECT_FALSE(decode_hex("abc"));
  EXPECT_FALSE(decode_hex("zz"));
  EXPECT_FALSE(decode_hex("0x"));
}

TEST(SignatureText, HexWinsWhenEveryCharacterIsHex) {
  EXPECT_EQ(decode_signature_text("abcd"), std::string("\xab\xcd", 2));
}

TEST(SignatureText, OtherwiseBase64) {
  EXPECT_EQ(decode_signature_text("Zm9vYmE="), "fooba");
  EXPECT_FALSE(decode_signature_text(""));
  EXPECT_FALSE(decode_signature_text("not base64!"));
}

}  // namespace
}  // namespace casegw::auth
