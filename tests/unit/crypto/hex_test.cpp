#include "crypto/hex.hpp"

#include <gtest/gtest.h>

#include <array>

namespace casegw::crypto {
namespace {

TEST(ToHex, LowercaseTwoDigitsPerByteIncludingLeadingZeros) {
  const std::array<unsigned char, 5> bytes{0x00, 0x0f, 0xa0, 0xff, 0x7e};
  EXPECT_EQ(to_hex(bytes), "000fa0ff7e");
  EXPECT_EQ(to_hex({}), "");
}

}  // namespace
}  // namespace casegw::crypto
