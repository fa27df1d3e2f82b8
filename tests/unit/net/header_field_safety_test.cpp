#include "net/header_field_safety.hpp"

#include <gtest/gtest.h>

namespace casegw::net {

TEST(HeaderFieldSafety, RefusesFieldsThatCouldSplitAMessage) {
  EXPECT_TRUE(header_field_is_clean({"X-Api-Key", "abc"}));
  EXPECT_FALSE(header_field_is_clean({"", "abc"}));
  EXPECT_FALSE(header_field_is_clean({"X-A", "v\r\nInjected: 1"}));
  EXPECT_FALSE(header_field_is_clean({"X-A\n", "v"}));
  EXPECT_FALSE(header_field_is_clean({"X-A", std::string("v\0w", 3)}));
}

TEST(HeaderFieldSafety, MatchesOwnedNamesWhateverTheirCase) {
  EXPECT_TRUE(header_field_is_one_of({"Content-Length", "1"}, {"content-length", "host"}));
  EXPECT_TRUE(header_field_is_one_of({"HOST", "x"}, {"content-length", "host"}));
  EXPECT_FALSE(header_field_is_one_of({"X-Host", "x"}, {"content-length", "host"}));
}

}  // namespace casegw::net
