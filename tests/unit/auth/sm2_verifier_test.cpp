#include "auth/sm2_verifier.hpp"

#include "auth/canonical_string.hpp"
#include "auth/signature_encoding.hpp"
#include "auth/sm2_signature_format.hpp"
#include "crypto/hex.hpp"
#include "sm2_test_keys.hpp"

#include <gtest/gtest.h>

#include <span>
#include <stdexcept>

namespace casegw::auth {
namespace {

const std::string signed_bytes =
    canonical_signing_string("1700000000123", "5f3c9a1e-nonce", "<workorder><id>12345-1</id></workorder>");

std::string hex(std::string_view bytes) {
  return crypto::to_hex(std::span(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()));
}

class Sm2VerifierTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { key_ = new testing::sm2_test_key(); }
  static void TearDownTestSuite() {
    delete key_;
    key_ = nullptr;
  }
  static std::string sign(std::string_view message = signed_bytes,
                          std::string_view id = gmt_default_distinguishing_id) {
    return key_->sign_der(message, id);
  }
  static sm2_verifier verifier(std::string id = std::string(gmt_default_distinguishing_id)) {
    return sm2_verifier(key_->public_key_pem(), std::move(id));
  }

  static testing::sm2_test_key* key_;
};

testing::sm2_test_key* Sm2VerifierTest::key_ = nullptr;

TEST_F(Sm2VerifierTest, DefaultIdIsTheGmtOne) { EXPECT_EQ(verifier().distinguishing_id(), "1234567812345678"); }

TEST_F(Sm2VerifierTest, DerSignatureWithGmtDefaultIdVerifies) {
  EXPECT_TRUE(verifier().verify(signed_bytes, "v1," + encode_base64(sign())).ok());
  EXPECT_TRUE(verifier().verify(signed_bytes, hex(sign())).ok());
}

// The trap: OpenSSL 3.0 signs with an EMPTY ID unless told otherwise; such a signature must
// not pass a verifier configured for the GM/T default, and vice versa.
TEST_F(Sm2VerifierTest, SignatureWithEmptyIdFailsAgainstDefaultId) {
  const auto result = verifier().verify(signed_bytes, encode_base64(sign(signed_bytes, "")));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error(), signature_error::signature);
}

TEST_F(Sm2VerifierTest, EmptyIdIsConfigurable) {
  const auto empty_id = verifier("");
  EXPECT_TRUE(empty_id.verify(signed_bytes, encode_base64(sign(signed_bytes, ""))).ok());
  EXPECT_EQ(empty_id.verify(signed_bytes, encode_base64(sign())).error(), signature_error::signature);
}

TEST_F(Sm2VerifierTest, CustomIdMustMatch) {
  const auto signature = encode_base64(sign(signed_bytes, "casegw@cq.gov.cn"));
  EXPECT_TRUE(verifier("casegw@cq.gov.cn").verify(signed_bytes, signature).ok());
  EXPECT_FALSE(verifier().verify(signed_bytes, signature).ok());
}

TEST_F(Sm2VerifierTest, RawRsFormInHexAndBase64Verifies) {
  const auto raw = sm2_signature_to_raw(sign());
  ASSERT_TRUE(raw);
  ASSERT_EQ(raw->size(), 64u);
  EXPECT_TRUE(verifier().verify(signed_bytes, hex(*raw)).ok());
  EXPECT_TRUE(verifier().verify(signed_bytes, "v1," + encode_base64(*raw)).ok());
}

TEST_F(Sm2VerifierTest, RawAndDerConvertBothWays) {
  const auto der = sign();
  const auto raw = sm2_signature_to_raw(der);
  ASSERT_TRUE(raw);
  EXPECT_EQ(sm2_signature_to_der(*raw), der);
  EXPECT_EQ(sm2_signature_to_der(der), der);
}

TEST_F(Sm2VerifierTest, TamperedBodyFails) {
  auto tampered = signed_bytes;
  tampered.back() = static_cast<char>(tampered.back() ^ 0x01);
  EXPECT_EQ(verifier().verify(tampered, encode_base64(sign())).error(), signature_error::signature);
}

TEST_F(Sm2VerifierTest, TamperedRawSignatureFails) {
  auto raw = *sm2_signature_to_raw(sign());
  raw[40] = static_cast<char>(raw[40] ^ 0x01);
  EXPECT_EQ(verifier().verify(signed_bytes, hex(raw)).error(), signature_error::signature);
}

TEST_F(Sm2VerifierTest, KeyRotationAnyEntryMatches) {
  const testing::sm2_test_key other_key;
  const auto header = "v1," + encode_base64(other_key.sign_der(signed_bytes, gmt_default_distinguishing_id)) +
                      " v1," + encode_base64(sign());
  EXPECT_TRUE(verifier().verify(signed_bytes, header).ok());
}

TEST_F(Sm2VerifierTest, WrongKeyFails) {
  const testing::sm2_test_key other_key;
  const auto signature = encode_base64(other_key.sign_der(signed_bytes, gmt_default_distinguishing_id));
  EXPECT_EQ(verifier().verify(signed_bytes, signature).error(), signature_error::signature);
}

TEST_F(Sm2VerifierTest, SignaturesOfOtherShapesAreMalformed) {
  const auto der = sign();
  const std::vector<std::string> headers = {
      "v1," + hex(std::string(63, '\x01')),    // neither DER nor 64 bytes
      encode_base64(der + std::string(1, 0)),  // a trailing byte after the DER
      "not-a-signature"};
  for (const auto& header : headers) {
    EXPECT_EQ(verifier().verify(signed_bytes, header).error(), signature_error::malformed) << header;
  }
}

// A fixed vector made outside our code, with the OpenSSL command line, so that the verifier
// is not only checked against a signer written the same way it is:
//   openssl genpkey -algorithm SM2 -out priv.pem; openssl pkey -in priv.pem -pubout
//   printf '1700000000.nonce-0001.{"case_id":"A-1"}' > msg
//   openssl pkeyutl -sign -rawin -digest sm3 -inkey priv.pem -in msg -pkeyopt distid:1234567812345678
TEST(Sm2Verifier, SignatureFromTheOpensslCommandLine) {
  const std::string public_key_pem =
      "-----BEGIN PUBLIC KEY-----\n"
      "MFkwEwYHKoZIzj0CAQYIKoEcz1UBgi0DQgAEkrBrnvJ1t2Y8brzGStpTsqOinz9H\n"
      "z98dm4hh8jYfT/jgsFEvI44EMbaJL/Mkl7QhHv6mOg/mZ/gqRNQ1NDoROQ==\n"
      "-----END PUBLIC KEY-----\n";
  const std::string signature =
      "MEUCIQD4eUjHhFLvfJBO9g5ke9xJpkaWKePshqvaz1u8Fh5W4QIgLh4n4HEgqVIx9FqE3I4+j4sqdxLyekv5dbRLcsQv7Ag=";
  const std::string message = R"(1700000000.nonce-0001.{"case_id":"A-1"})";
  EXPECT_TRUE(sm2_verifier(public_key_pem).verify(message, "v1," + signature).ok());
  EXPECT_EQ(sm2_verifier(public_key_pem, "").verify(message, "v1," + signature).error(), signature_error::signature);
}

TEST_F(Sm2VerifierTest, RefusesPemThatIsNotAnSm2PublicKey) {
  EXPECT_THROW(sm2_verifier("not a pem"), std::invalid_argument);
  EXPECT_THROW(sm2_verifier(testing::p256_public_key_pem()), std::invalid_argument);
}

}  // namespace
}  // namespace casegw::auth
