#include "auth/webhook_authenticator.hpp"

#include "auth/canonical_string.hpp"
#include "auth/mac_verifier.hpp"
#include "auth/signature_encoding.hpp"
#include "auth/sm2_verifier.hpp"
#include "sm2_test_keys.hpp"

#include <gtest/gtest.h>

namespace casegw::auth {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

const std::string key = "channel-secret-32-bytes-long-xyz";
const std::string body = R"({"case_id":"CQ-2024-000123","title":"路灯不亮"})";
const unix_time_ms now{seconds(1'700'000'000)};

std::vector<secret> one_secret(const std::string& value) {
  std::vector<secret> out;
  out.emplace_back(value);
  return out;
}

std::string sign(std::string_view timestamp, std::string_view nonce, std::string_view raw_body,
                 std::string_view with_key = key) {
  return "v1," + encode_base64(compute_mac(mac_algorithm::hmac_sha256, with_key,
                                           canonical_signing_string(timestamp, nonce, raw_body)));
}

class WebhookAuthenticatorTest : public ::testing::Test {
 protected:
  verify_result authenticate(std::string timestamp, std::string nonce, std::string signature,
                             std::string_view raw_body = body, unix_time_ms at = now) {
    timestamp_ = std::move(timestamp);
    nonce_ = std::move(nonce);
    signature_ = std::move(signature);
    return authenticator_.authenticate({timestamp_, nonce_, signature_, raw_body}, at);
  }

  mac_verifier verifier_{mac_algorithm::hmac_sha256, one_secret(key)};
  in_memory_nonce_register nonces_;
  webhook_authenticator authenticator_{"yukuaiban", verifier_, nonces_};
  std::string timestamp_, nonce_, signature_;
};

TEST_F(WebhookAuthenticatorTest, AcceptsAFreshSignedRequest) {
  EXPECT_TRUE(authenticate("1700000000", "nonce-0001", sign("1700000000", "nonce-0001", body)).ok());
}

TEST_F(WebhookAuthenticatorTest, AcceptsMillisecondTimestamps) {
  EXPECT_TRUE(authenticate("1700000000123", "nonce-0001", sign("1700000000123", "nonce-0001", body)).ok());
}

TEST_F(WebhookAuthenticatorTest, EachAbsentHeaderIsMissing) {
  const auto signature = sign("1700000000", "nonce-0001", body);
  const signed_request requests[] = {{std::nullopt, "nonce-0001", signature, body},
                                     {"1700000000", std::nullopt, signature, body},
                                     {"1700000000", "nonce-0001", std::nullopt, body}};
  const std::string_view names[] = {timestamp_header, nonce_header, signature_header_name};
  for (std::size_t i = 0; i < 3; ++i) {
    const auto result = authenticator_.authenticate(requests[i], now);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error(), signature_error::missing);
    EXPECT_NE(result.message().find(names[i]), std::string::npos) << result.message();
  }
}

TEST_F(WebhookAuthenticatorTest, MalformedTimestampOrNonce) {
  EXPECT_EQ(authenticate("17000000", "nonce-0001", sign("17000000", "nonce-0001", body)).error(),
            signature_error::malformed);
  EXPECT_EQ(authenticate("1700000000", "short", sign("1700000000", "short", body)).error(),
            signature_error::malformed);
  // A '.' in the nonce could move the field boundary; it is refused before any MAC.
  EXPECT_EQ(authenticate("1700000000", "nonce.0001", sign("1700000000", "nonce.0001", body)).error(),
            signature_error::malformed);
}

TEST_F(WebhookAuthenticatorTest, UndecodableSignatureIsMalformed) {
  EXPECT_EQ(authenticate("1700000000", "nonce-0001", "v1,!!!").error(), signature_error::malformed);
}

TEST_F(WebhookAuthenticatorTest, WrongKeyIsSignature) {
  const auto result = authenticate("1700000000", "nonce-0001", sign("1700000000", "nonce-0001", body, "other-key"));
  EXPECT_EQ(result.error(), signature_error::signature);
}

TEST_F(WebhookAuthenticatorTest, ChangedBodyTimestampOrNonceIsSignature) {
  const auto signature = sign("1700000000", "nonce-0001", body);
  auto flipped_body = body;
  flipped_body[3] = static_cast<char>(flipped_body[3] ^ 0x01);
  EXPECT_EQ(authenticate("1700000000", "nonce-0001", signature, flipped_body).error(), signature_error::signature);
  EXPECT_EQ(authenticate("1700000001", "nonce-0001", signature).error(), signature_error::signature);
  EXPECT_EQ(authenticate("1700000000", "nonce-0000", signature).error(), signature_error::signature);
  EXPECT_EQ(authenticate("1700000000", "nonce-0001", signature, body + "\n").error(), signature_error::signature);
}

TEST_F(WebhookAuthenticatorTest, TimestampWindowEdges) {
  const auto request_at = [&](unix_time_ms at, std::string nonce) {
    return authenticate("1700000000", nonce, sign("1700000000", nonce, body), body, at);
  };
  EXPECT_TRUE(request_at(now + seconds(299), "nonce-edge-1").ok());
  EXPECT_TRUE(request_at(now - seconds(299), "nonce-edge-2").ok());
  EXPECT_EQ(request_at(now + seconds(301), "nonce-edge-3").error(), signature_error::timestamp);
  EXPECT_EQ(request_at(now - seconds(301), "nonce-edge-4").error(), signature_error::timestamp);
}

TEST_F(WebhookAuthenticatorTest, ReplayIsRefused) {
  const auto signature = sign("1700000000", "nonce-0001", body);
  ASSERT_TRUE(authenticate("1700000000", "nonce-0001", signature).ok());
  const auto replay = authenticate("1700000000", "nonce-0001", signature, body, now + seconds(10));
  EXPECT_EQ(replay.error(), signature_error::replay);
}

// A forger who guesses a nonce must not use it up before the legitimate sender does.
TEST_F(WebhookAuthenticatorTest, ForgedRequestsDoNotConsumeNonces) {
  EXPECT_EQ(authenticate("1700000000", "nonce-0001", sign("1700000000", "nonce-0001", body, "guess")).error(),
            signature_error::signature);
  EXPECT_EQ(nonces_.size(), 0u);
  EXPECT_TRUE(authenticate("1700000000", "nonce-0001", sign("1700000000", "nonce-0001", body)).ok());
}

TEST_F(WebhookAuthenticatorTest, StaleRequestsDoNotConsumeNonces) {
  EXPECT_EQ(authenticate("1600000000", "nonce-0001", sign("1600000000", "nonce-0001", body)).error(),
            signature_error::timestamp);
  EXPECT_EQ(nonces_.size(), 0u);
}

TEST_F(WebhookAuthenticatorTest, NonceIsRememberedUntilTheTimestampLeavesTheWindow) {
  ASSERT_TRUE(authenticate("1700000000", "nonce-0001", sign("1700000000", "nonce-0001", body)).ok());
  nonces_.forget_expired(now + seconds(300));
  EXPECT_EQ(nonces_.size(), 1u);
  nonces_.forget_expired(now + seconds(301));
  EXPECT_EQ(nonces_.size(), 0u);
}

TEST(WebhookAuthenticator, WorksWithSm2) {
  const testing::sm2_test_key signer;
  const sm2_verifier verifier(signer.public_key_pem());
  in_memory_nonce_register nonces;
  const webhook_authenticator authenticator("national_regulation", verifier, nonces, seconds(900));
  const std::string signature =
      encode_base64(signer.sign_der(canonical_signing_string("1700000000", "sm2-nonce-1", body),
                                    gmt_default_distinguishing_id));
  EXPECT_TRUE(authenticator.authenticate({"1700000000", "sm2-nonce-1", signature, body}, now + seconds(899)).ok());
}

TEST(WebhookAuthenticator, RefusesNonPositiveWindow) {
  const mac_verifier verifier(mac_algorithm::hmac_sm3, one_secret(key));
  in_memory_nonce_register nonces;
  EXPECT_THROW(webhook_authenticator("c", verifier, nonces, seconds(0)), std::invalid_argument);
}

}  // namespace
}  // namespace casegw::auth
