#include "auth/api_key_verifier.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace casegw::auth {
namespace {

std::vector<secret> keys(std::initializer_list<std::string> values) {
  std::vector<secret> out;
  for (const auto& value : values) out.emplace_back(value);
  return out;
}

TEST(ApiKeyVerifier, AcceptsTheKey) {
  const api_key_verifier verifier(keys({"k-2024-abcdef"}));
  EXPECT_TRUE(verifier.verify("k-2024-abcdef").ok());
  EXPECT_EQ(verifier.header_name(), "X-Casegw-Api-Key");
}

TEST(ApiKeyVerifier, HeaderNameIsConfigurable) {
  EXPECT_EQ(api_key_verifier(keys({"k"}), "X-Api-Token").header_name(), "X-Api-Token");
}

TEST(ApiKeyVerifier, EitherKeyDuringRotation) {
  const api_key_verifier verifier(keys({"old-key", "new-key"}));
  EXPECT_TRUE(verifier.verify("old-key").ok());
  EXPECT_TRUE(verifier.verify("new-key").ok());
}

TEST(ApiKeyVerifier, AbsentIsMissing) {
  const auto result = api_key_verifier(keys({"k"})).verify(std::nullopt);
  EXPECT_EQ(result.error(), signature_error::missing);
  EXPECT_NE(result.message().find("X-Casegw-Api-Key"), std::string::npos);
}

TEST(ApiKeyVerifier, EmptyIsMalformed) {
  EXPECT_EQ(api_key_verifier(keys({"k"})).verify("").error(), signature_error::malformed);
}

TEST(ApiKeyVerifier, WrongPrefixOrLongerKeyIsSignatureError) {
  const api_key_verifier verifier(keys({"correct-key"}));
  for (const char* presented : {"correct-ke", "correct-key ", "correct-keyx", "CORRECT-KEY", "x"}) {
    const auto result = verifier.verify(presented);
    ASSERT_FALSE(result.ok()) << presented;
    EXPECT_EQ(result.error(), signature_error::signature);
    EXPECT_EQ(result.message().find("correct"), std::string::npos) << "message leaks the key";
  }
}

TEST(ApiKeyVerifier, RefusesBadConfiguration) {
  EXPECT_THROW(api_key_verifier(keys({})), std::invalid_argument);
  EXPECT_THROW(api_key_verifier(keys({""})), std::invalid_argument);
  EXPECT_THROW(api_key_verifier(keys({"k"}), ""), std::invalid_argument);
}

}  // namespace
}  // namespace casegw::auth
