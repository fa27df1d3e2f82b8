#include "auth/mac.hpp"

#include "crypto/hex.hpp"

#include <openssl/evp.h>

#include <gtest/gtest.h>

#include <span>
#include <string>

namespace casegw::auth {
namespace {

std::string hex(std::string_view bytes) {
  return crypto::to_hex(std::span(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()));
}

// GB/T 32905-2016 appendix A.1: checks that the deployed OpenSSL provides the real SM3.
TEST(Sm3, KnownAnswerAbc) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_MD* sm3 = EVP_MD_fetch(nullptr, "SM3", nullptr);
  ASSERT_NE(sm3, nullptr) << "the default provider has no SM3";
  ASSERT_EQ(EVP_Digest("abc", 3, digest, &length, sm3, nullptr), 1);
  EVP_MD_free(sm3);
  EXPECT_EQ(crypto::to_hex(std::span<const unsigned char>(digest, length)),
            "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
}

// Same value as `printf abc | openssl dgst -sm3 -hmac key` (research note §2.2).
TEST(ComputeMac, HmacSm3KnownAnswer) {
  EXPECT_EQ(hex(compute_mac(mac_algorithm::hmac_sm3, "key", "abc")),
            "28e63256e7c5a087b1f073265dc53092163f7b82729735d06f28f10af9d52393");
}

// RFC 4231 §4.2, test case 1.
TEST(ComputeMac, HmacSha256Rfc4231Case1) {
  EXPECT_EQ(hex(compute_mac(mac_algorithm::hmac_sha256, std::string(20, '\x0b'), "Hi There")),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
}

// RFC 4231 §4.3, test case 2 (a key shorter than the block).
TEST(ComputeMac, HmacSha256Rfc4231Case2) {
  EXPECT_EQ(hex(compute_mac(mac_algorithm::hmac_sha256, "Jefe", "what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

// RFC 4231 §4.7, test case 6 (a key longer than the block is hashed first).
TEST(ComputeMac, HmacSha256Rfc4231Case6) {
  EXPECT_EQ(hex(compute_mac(mac_algorithm::hmac_sha256, std::string(131, '\xaa'),
                            "Test Using Larger Than Block-Size Key - Hash Key First")),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

TEST(ComputeMac, BothAlgorithmsGive32Bytes) {
  EXPECT_EQ(compute_mac(mac_algorithm::hmac_sha256, "k", "").size(), 32u);
  EXPECT_EQ(compute_mac(mac_algorithm::hmac_sm3, "k", "").size(), 32u);
}

TEST(ComputeMac, AlgorithmNames) {
  EXPECT_EQ(mac_algorithm_name(mac_algorithm::hmac_sha256), "HMAC-SHA256");
  EXPECT_EQ(mac_algorithm_name(mac_algorithm::hmac_sm3), "HMAC-SM3");
}

}  // namespace
}  // namespace casegw::auth
