#include "config/closest_name.hpp"

#include <gtest/gtest.h>

namespace casegw::config {
namespace {

TEST(ClosestName, FindsTyposWithinTwoEdits) {
  const std::vector<std::string> keys = {"address", "port", "threads", "tls"};
  EXPECT_EQ(closest_name("prot", keys), "port");
  EXPECT_EQ(closest_name("adress", keys), "address");
  EXPECT_EQ(closest_name("thread", keys), "threads");
}

TEST(ClosestName, NothingWhenTooFarOrTrivial) {
  const std::vector<std::string> keys = {"address", "port", "tls"};
  EXPECT_FALSE(closest_name("certificate", keys));
  EXPECT_FALSE(closest_name("x", {"y"}));  // every one-letter word is "one edit" from another
  EXPECT_FALSE(closest_name("port", {}));
}

}  // namespace
}  // namespace casegw::config
