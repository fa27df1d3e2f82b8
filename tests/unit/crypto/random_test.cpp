#include "crypto/random.hpp"

#include <gtest/gtest.h>

#include <array>
#include <set>
#include <string>

namespace casegw::crypto {
namespace {

TEST(RandomBytes, FillsTheWholeBuffer) {
  // The chance that a given byte of 4096 random ones stays zero in two draws is negligible.
  std::array<unsigned char, 4096> a{}, b{};
  random_bytes(a);
  random_bytes(b);
  EXPECT_NE(a, b);
  std::size_t zero_in_both = 0;
  for (std::size_t i = 0; i < a.size(); ++i) zero_in_both += (a[i] == 0 && b[i] == 0);
  EXPECT_LT(zero_in_both, 16u);
}

TEST(RandomBytes, EmptySpanIsFine) {
  EXPECT_NO_THROW(random_bytes({}));
}

TEST(RandomHex, HasTwoLowercaseHexDigitsPerByte) {
  const std::string hex = random_hex(16);
  ASSERT_EQ(hex.size(), 32u);
  EXPECT_EQ(hex.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(random_hex(0), "");
}

TEST(RandomHex, DoesNotRepeat) {
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) seen.insert(random_hex(16));
  EXPECT_EQ(seen.size(), 1000u);
}

}  // namespace
}  // namespace casegw::crypto
