#include "crypto/constant_time.hpp"

#include <gtest/gtest.h>

#include <string>

namespace casegw::crypto {
namespace {

TEST(ConstantTimeEqual, EqualStrings) {
  EXPECT_TRUE(constant_time_equal("secret-token", "secret-token"));
  EXPECT_TRUE(constant_time_equal("", ""));
}

TEST(ConstantTimeEqual, DifferenceAnywhereIsFound) {
  EXPECT_FALSE(constant_time_equal("secret-token", "Secret-token"));
  EXPECT_FALSE(constant_time_equal("secret-token", "secret-tokeN"));
  EXPECT_FALSE(constant_time_equal(std::string("a\0b", 3), std::string("a\0c", 3)));
}

TEST(ConstantTimeEqual, LengthMismatchIsFalseEvenForAPrefix) {
  EXPECT_FALSE(constant_time_equal("secret", "secret-token"));
  EXPECT_FALSE(constant_time_equal("", "x"));
}

}  // namespace
}  // namespace casegw::crypto
