#include "net/http_types.hpp"

#include <gtest/gtest.h>

namespace casegw::net {
namespace {

TEST(HttpRequestHead, FindsTheFirstHeaderIgnoringAsciiCase) {
  http_request_head head;
  head.headers = {{"Content-Type", "application/json"}, {"X-Sig", "a"}, {"x-sig", "b"}};
  EXPECT_EQ(head.header("content-type"), "application/json");
  EXPECT_EQ(head.header("X-SIG"), "a");
  EXPECT_EQ(head.header("X-Missing"), "");
}

TEST(HttpRequestHead, PathDropsTheQueryString) {
  http_request_head head;
  head.target = "/v1/channels/city_portal/cases?dry_run=1";
  EXPECT_EQ(head.path(), "/v1/channels/city_portal/cases");
  head.target = "/plain";
  EXPECT_EQ(head.path(), "/plain");
}

}  // namespace
}  // namespace casegw::net
