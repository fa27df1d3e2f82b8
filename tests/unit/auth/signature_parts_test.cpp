// The small pieces: error codes, the canonical string, the signature header, secrets.
#include "auth/canonical_string.hpp"
#include "auth/secret.hpp"
#include "auth/signature_error.hpp"
#include "auth/signature_header.hpp"

#include <gtest/gtest.h>

namespace casegw::auth {
namespace {

TEST(SignatureError, CodesAsTheHttpApiReturnsThem) {
  EXPECT_EQ(error_code(signature_error::missing), "AUTH_MISSING");
  EXPECT_EQ(error_code(signature_error::malformed), "AUTH_MALFORMED");
  EXPECT_EQ(error_code(signature_error::signature), "AUTH_SIGNATURE");
  EXPECT_EQ(error_code(signature_error::timestamp), "AUTH_TIMESTAMP");
  EXPECT_EQ(error_code(signature_error::replay), "AUTH_REPLAY");
  EXPECT_EQ(http_status(signature_error::replay), 401);
}

TEST(VerifyResult, AcceptedAndRejected) {
  EXPECT_TRUE(verify_result::accepted().ok());
  const auto rejected = verify_result::rejected(signature_error::replay, "nonce was already used");
  EXPECT_FALSE(rejected.ok());
  EXPECT_EQ(rejected.error(), signature_error::replay);
  EXPECT_EQ(rejected.message(), "nonce was already used");
}

TEST(CanonicalString, TimestampDotNonceDotRawBody) {
  EXPECT_EQ(canonical_signing_string("1700000000", "nonce-0001", "{\"a\":1}\n"), "1700000000.nonce-0001.{\"a\":1}\n");
  EXPECT_EQ(canonical_signing_string("1700000000", "nonce-0001", ""), "1700000000.nonce-0001.");
  const std::string binary("\x00\xd6\xd0", 3);  // raw bytes (a GBK body) are kept as they are
  EXPECT_EQ(canonical_signing_string("1", "n", binary), std::string("1.n.") + binary);
}

TEST(CanonicalString, FieldShapes) {
  EXPECT_TRUE(timestamp_is_well_formed("1700000000"));
  EXPECT_TRUE(timestamp_is_well_formed("1700000000123"));
  EXPECT_FALSE(timestamp_is_well_formed("170000000.0"));
  EXPECT_TRUE(nonce_is_well_formed("3f2c1e6a-9b1d-4c0e-8f6a-2d1b0c9e8f7a"));
  EXPECT_TRUE(nonce_is_well_formed("msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"));
  EXPECT_FALSE(nonce_is_well_formed("1234567"));
  EXPECT_FALSE(nonce_is_well_formed(std::string(129, 'a')));
  EXPECT_FALSE(nonce_is_well_formed("abc.defgh"));
  EXPECT_FALSE(nonce_is_well_formed("abc defgh"));
}

TEST(SignatureHeader, SplitsEntriesAndKeepsV1AndBare) {
  const auto header = parse_signature_header("v1,AAA  v1a,BBB bare v1,CCC");
  EXPECT_EQ(header.entries, 4u);
  ASSERT_EQ(header.candidates.size(), 3u);
  EXPECT_EQ(header.candidates[0], "AAA");
  EXPECT_EQ(header.candidates[1], "bare");
  EXPECT_EQ(header.candidates[2], "CCC");
}

TEST(SignatureHeader, EmptyHasNoEntries) {
  EXPECT_EQ(parse_signature_header("").entries, 0u);
  EXPECT_EQ(parse_signature_header("   ").entries, 0u);
}

TEST(Secret, MovesAndRevealsBytes) {
  secret first(std::string("s3cr3t"));
  secret second(std::move(first));
  EXPECT_EQ(second.reveal(), "s3cr3t");
  EXPECT_TRUE(first.empty());  // NOLINT(bugprone-use-after-move): wiped by design
  secret third(std::string("x"));
  third = std::move(second);
  EXPECT_EQ(third.reveal(), "s3cr3t");
}

}  // namespace
}  // namespace casegw::auth
