#include "net/client_url.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace casegw::net {
namespace {

TEST(ClientUrl, SplitsAnHttpsUrlWithPortPathAndQuery) {
  const client_url url = parse_client_url("https://127.0.0.1:8443/v1/cases?x=1");
  EXPECT_TRUE(url.tls);
  EXPECT_EQ(url.host, "127.0.0.1");
  EXPECT_EQ(url.port, 8443);
  EXPECT_EQ(url.host_header, "127.0.0.1:8443");
  EXPECT_EQ(url.target, "/v1/cases?x=1");
}

TEST(ClientUrl, DefaultsThePortAndThePath) {
  const client_url http = parse_client_url("http://workflow.example");
  EXPECT_FALSE(http.tls);
  EXPECT_EQ(http.port, 80);
  EXPECT_EQ(http.host_header, "workflow.example");
  EXPECT_EQ(http.target, "/");
  EXPECT_EQ(parse_client_url("https://workflow.example/").port, 443);
}

TEST(ClientUrl, RemovesIpv6BracketsForVerificationButKeepsThemInHost) {
  const client_url url = parse_client_url("https://[::1]:9000/a");
  EXPECT_EQ(url.host, "::1");
  EXPECT_EQ(url.host_header, "[::1]:9000");
}

TEST(ClientUrl, RejectsOtherSchemesMissingHostsAndGarbage) {
  EXPECT_THROW(parse_client_url("ftp://example.org/"), std::invalid_argument);
  EXPECT_THROW(parse_client_url("https:///path"), std::invalid_argument);
  EXPECT_THROW(parse_client_url("not a url"), std::invalid_argument);
  EXPECT_THROW(parse_client_url("http://example.org:0/"), std::invalid_argument);
}

}  // namespace
}  // namespace casegw::net
