#include "auth/mac_verifier.hpp"

#include "auth/canonical_string.hpp"
#include "auth/signature_encoding.hpp"
#include "crypto/hex.hpp"

#include <gtest/gtest.h>

#include <ostream>
#include <span>
#include <stdexcept>

namespace casegw::auth {

// Readable parameter names in test output instead of raw bytes.
void PrintTo(mac_algorithm algorithm, std::ostream* out) { *out << mac_algorithm_name(algorithm); }

namespace {

const std::string old_key = "old-shared-secret-0123456789abcdef";
const std::string new_key = "new-shared-secret-fedcba9876543210";
const std::string signed_bytes = canonical_signing_string("1700000000", "nonce-0001", R"({"case_id":"A-1"})");

std::string hex(std::string_view bytes) {
  return crypto::to_hex(std::span(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()));
}

std::vector<secret> secrets(std::initializer_list<std::string> keys) {
  std::vector<secret> out;
  for (const auto& key : keys) out.emplace_back(key);
  return out;
}

class MacVerifierTest : public ::testing::TestWithParam<mac_algorithm> {
 protected:
  std::string mac(std::string_view key, std::string_view message = signed_bytes) const {
    return compute_mac(GetParam(), key, message);
  }
  mac_verifier verifier_with(std::initializer_list<std::string> keys) const { return {GetParam(), secrets(keys)}; }
};

TEST_P(MacVerifierTest, AcceptsV1Base64Entry) {
  EXPECT_TRUE(verifier_with({old_key}).verify(signed_bytes, "v1," + encode_base64(mac(old_key))).ok());
}

TEST_P(MacVerifierTest, AcceptsLowercaseHexWithOrWithoutVersion) {
  const auto verifier = verifier_with({old_key});
  EXPECT_TRUE(verifier.verify(signed_bytes, hex(mac(old_key))).ok());
  EXPECT_TRUE(verifier.verify(signed_bytes, "v1," + hex(mac(old_key))).ok());
}

TEST_P(MacVerifierTest, SenderRotationTwoSignaturesEitherMatches) {
  const auto header = "v1," + encode_base64(mac(old_key)) + " v1," + encode_base64(mac(new_key));
  EXPECT_TRUE(verifier_with({old_key}).verify(signed_bytes, header).ok());
  EXPECT_TRUE(verifier_with({new_key}).verify(signed_bytes, header).ok());
}

TEST_P(MacVerifierTest, GatewayRotationTwoSecretsEitherMatches) {
  const auto verifier = verifier_with({old_key, new_key});
  EXPECT_TRUE(verifier.verify(signed_bytes, "v1," + encode_base64(mac(old_key))).ok());
  EXPECT_TRUE(verifier.verify(signed_bytes, "v1," + encode_base64(mac(new_key))).ok());
}

TEST_P(MacVerifierTest, WrongKeyIsSignatureError) {
  const auto result = verifier_with({new_key}).verify(signed_bytes, "v1," + encode_base64(mac(old_key)));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error(), signature_error::signature);
}

TEST_P(MacVerifierTest, EveryBitFlipInTheSignedBytesIsRefused) {
  const auto verifier = verifier_with({old_key});
  const auto header = "v1," + encode_base64(mac(old_key));
  for (std::size_t i = 0; i < signed_bytes.size(); ++i) {
    auto tampered = signed_bytes;
    tampered[i] = static_cast<char>(tampered[i] ^ 0x01);
    const auto result = verifier.verify(tampered, header);
    ASSERT_FALSE(result.ok()) << "flip at byte " << i;
    EXPECT_EQ(result.error(), signature_error::signature);
  }
}

TEST_P(MacVerifierTest, BitFlipInTheSignatureIsRefused) {
  auto tag = mac(old_key);
  tag[7] = static_cast<char>(tag[7] ^ 0x80);
  EXPECT_EQ(verifier_with({old_key}).verify(signed_bytes, hex(tag)).error(), signature_error::signature);
}

TEST_P(MacVerifierTest, OtherVersionsAreIgnoredNextToV1) {
  const auto header = "v1a,AAAA v1," + encode_base64(mac(old_key));
  EXPECT_TRUE(verifier_with({old_key}).verify(signed_bytes, header).ok());
}

TEST_P(MacVerifierTest, UndecodableOrWrongLengthIsMalformed) {
  const auto verifier = verifier_with({old_key});
  const std::vector<std::string> headers = {"",        "   ",    "v1,", "v1,***", "v2," + hex(mac(old_key)),
                                            "v1,abcd", "v1," + encode_base64(mac(old_key) + "x")};
  for (const auto& header : headers) {
    const auto result = verifier.verify(signed_bytes, header);
    ASSERT_FALSE(result.ok()) << header;
    EXPECT_EQ(result.error(), signature_error::malformed) << header;
  }
}

TEST_P(MacVerifierTest, TooManyEntriesIsMalformedEvenWithAMatch) {
  std::string header;
  for (int i = 0; i < 8; ++i) header += "v1,AAAA ";
  header += "v1," + encode_base64(mac(old_key));
  EXPECT_EQ(verifier_with({old_key}).verify(signed_bytes, header).error(), signature_error::malformed);
}

TEST_P(MacVerifierTest, MessagesNeverCarryTheSignature) {
  const auto presented = encode_base64(mac(new_key));
  const auto result = verifier_with({old_key}).verify(signed_bytes, "v1," + presented);
  EXPECT_EQ(result.message().find(presented), std::string::npos);
  EXPECT_EQ(result.message().find(old_key), std::string::npos);
}

TEST_P(MacVerifierTest, RefusesNoOrEmptySecret) {
  EXPECT_THROW(mac_verifier(GetParam(), {}), std::invalid_argument);
  EXPECT_THROW(verifier_with({""}), std::invalid_argument);
}

INSTANTIATE_TEST_SUITE_P(BothAlgorithms, MacVerifierTest,
                         ::testing::Values(mac_algorithm::hmac_sha256, mac_algorithm::hmac_sm3),
                         [](const auto& info) {
                           return info.param == mac_algorithm::hmac_sm3 ? std::string("HmacSm3")
                                                                        : std::string("HmacSha256");
                         });

// The two algorithms must not be interchangeable: an HMAC-SHA256 tag never passes HMAC-SM3.
TEST(MacVerifier, AlgorithmsAreNotInterchangeable) {
  const mac_verifier sm3(mac_algorithm::hmac_sm3, secrets({old_key}));
  const auto sha_tag = compute_mac(mac_algorithm::hmac_sha256, old_key, signed_bytes);
  EXPECT_EQ(sm3.verify(signed_bytes, hex(sha_tag)).error(), signature_error::signature);
}

}  // namespace
}  // namespace casegw::auth

namespace casegw::auth {
namespace {

// The worked example of docs/authentication.md; if this fails, fix the document too.
TEST(MacVerifier, DocumentedWorkedExample) {
  const auto signed_example = canonical_signing_string("1700000000", "nonce-0001", R"({"case_id":"A-1"})");
  EXPECT_EQ(encode_base64(compute_mac(mac_algorithm::hmac_sha256, "channel-secret", signed_example)),
            "Yr8taKoh1kEZFveunkK9ct1zjbfzceH7LeN0gccdeiA=");
  EXPECT_EQ(encode_base64(compute_mac(mac_algorithm::hmac_sm3, "channel-secret", signed_example)),
            "4QRw3flHufCxbcXexPGeqClYLXFSVieA/WNtmPLjjeI=");
}

}  // namespace
}  // namespace casegw::auth
