#include "net/error_response.hpp"

#include <boost/json/parse.hpp>
#include <gtest/gtest.h>

namespace casegw::net {
namespace {

TEST(ErrorResponse, HasTheDocumentedJsonShape) {
  const http_response response = error_response(431, "HEADER_TOO_LARGE", "too big", "0123456789abcdef");

  EXPECT_EQ(response.status, 431);
  EXPECT_EQ(response.content_type, "application/json");
  EXPECT_EQ(response.body,
            R"({"error":{"code":"HEADER_TOO_LARGE","message":"too big","request_id":"0123456789abcdef"}})");
}

TEST(ErrorResponse, EscapesQuotesControlCharactersAndKeepsUtf8) {
  const http_response response =
      error_response(400, "BAD_FIELD", "field \"title\" must not contain \\ or a newline\n; 标题", "id");

  const auto document = boost::json::parse(response.body);  // throws if escaping were wrong
  const auto& error = document.at("error");
  EXPECT_EQ(error.at("message").as_string(), "field \"title\" must not contain \\ or a newline\n; 标题");
  EXPECT_EQ(response.body.find('\n'), std::string::npos) << "raw newline would break one-line JSON";
}

TEST(ErrorResponse, LeavesConnectionHandlingToTheCaller) {
  const http_response response = error_response(500, "INTERNAL_ERROR", "x", "");
  EXPECT_FALSE(response.close_connection);
  EXPECT_TRUE(response.headers.empty());
}

}  // namespace
}  // namespace casegw::net
