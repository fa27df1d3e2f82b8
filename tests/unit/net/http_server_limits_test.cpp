// What the server refuses, and how: header size and count, obs-fold, body size (before the
// body is sent), missing length, malformed requests, and clients too slow to finish.
#include "server_fixture.hpp"
#include "support/slow_tls_client.hpp"

#include <chrono>
#include <string>

namespace casegw::net {
namespace {

using namespace std::chrono_literals;
using test_support::format_http_request;

std::string many_headers(int count) {
  std::string request = "GET / HTTP/1.1\r\nHost: x\r\n";
  for (int i = 0; i < count; ++i) request += "X-Field-" + std::to_string(i) + ": v\r\n";
  return request + "\r\n";
}

std::string chunk(std::size_t size) {
  char hex[16];
  std::snprintf(hex, sizeof hex, "%zx", size);
  return std::string(hex) + "\r\n" + std::string(size, 'c') + "\r\n";
}

header_verdict accept_bodies_up_to(std::size_t limit) {
  header_verdict verdict;
  verdict.body_limit = limit;
  return verdict;
}

class HttpServerLimits : public tls_server_test {
 protected:
  // Asserts a final error response with this status and code, and that the server closed.
  void expect_refusal(const test_support::raw_exchange& exchange, int status, std::string_view code) {
    ASSERT_TRUE(exchange.response) << "no response; got: " << exchange.bytes;
    EXPECT_EQ(exchange.response->status, status);
    EXPECT_EQ(exchange.response->error_code(), code) << exchange.response->body;
    EXPECT_TRUE(exchange.closed_by_server);
    EXPECT_FALSE(exchange.response->header("X-Request-Id").empty());
  }
};

TEST_F(HttpServerLimits, HeaderBlockLargerThanTheLimitIs431) {
  server_limits limits;
  limits.header_bytes = 1024;
  start_server(limits);
  const auto exchange =
      send_raw("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(2000, 'a') + "\r\n\r\n");
  expect_refusal(exchange, 431, "HEADER_TOO_LARGE");
  EXPECT_EQ(exchange.response->body.find("aaaa"), std::string::npos) << "echoed a header value";
  EXPECT_EQ(handler_.heads().size(), 0U);
}

TEST_F(HttpServerLimits, AHeaderThatNeverEndsIs431WithoutWaitingForTheDeadline) {
  server_limits limits;
  limits.header_bytes = 1024;
  start_server(limits);
  auto connection = connect();
  connection->send("GET / HTTP/1.1\r\nX-Endless: " + std::string(1500, 'a'));
  const auto response = connection->read_response();
  EXPECT_EQ(response.status, 431);
  EXPECT_EQ(response.error_code(), "HEADER_TOO_LARGE");
}

TEST_F(HttpServerLimits, HundredHeaderFieldsIs431) {
  start_server();  // default: 64 fields
  expect_refusal(send_raw(many_headers(100)), 431, "TOO_MANY_HEADERS");
}

TEST_F(HttpServerLimits, TwoThousandHeaderFieldsIs431) {
  start_server();
  const auto exchange = send_raw(many_headers(2000));
  ASSERT_TRUE(exchange.response);
  EXPECT_EQ(exchange.response->status, 431);
}

TEST_F(HttpServerLimits, SixtyFourHeaderFieldsAreAccepted) {
  start_server();
  const auto exchange = send_raw(many_headers(63));  // + Host = 64
  ASSERT_TRUE(exchange.response);
  EXPECT_EQ(exchange.response->status, 200);
}

TEST_F(HttpServerLimits, ObsFoldIsRejectedWith400) {
  start_server();
  expect_refusal(send_raw("GET / HTTP/1.1\r\nHost: x\r\nX-Sig: abc\r\n def\r\n\r\n"), 400, "OBS_FOLD_REJECTED");
  expect_refusal(send_raw("GET / HTTP/1.1\r\nHost: x\r\nX-Sig: abc\r\n\tdef\r\n\r\n"), 400, "OBS_FOLD_REJECTED");
  EXPECT_EQ(handler_.heads().size(), 0U);
}

TEST_F(HttpServerLimits, ContentLengthOverTheHandlersLimitIs413BeforeTheBodyIsSent) {
  handler_.on_header_rule = [](const http_request_head&) { return accept_bodies_up_to(1000); };
  start_server();
  auto connection = connect();
  connection->send("POST /cases HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n");  // and no body

  const auto response = connection->read_response();

  EXPECT_EQ(response.status, 413);
  EXPECT_EQ(response.error_code(), "BODY_TOO_LARGE");
  EXPECT_TRUE(connection->wait_until_closed(2s));
  EXPECT_EQ(handler_.requests(), 0);
}

TEST_F(HttpServerLimits, ContentLengthOverTheServerDefaultIs413WhenTheHandlerSetsNoLimit) {
  server_limits limits;
  limits.body_bytes = 100;
  start_server(limits);
  auto connection = connect();
  connection->send("POST /cases HTTP/1.1\r\nHost: x\r\nContent-Length: 101\r\n\r\n");
  EXPECT_EQ(connection->read_response().status, 413);
}

TEST_F(HttpServerLimits, BodyOfExactlyTheLimitIsAccepted) {
  handler_.on_header_rule = [](const http_request_head&) { return accept_bodies_up_to(1000); };
  start_server();
  const auto response = client().post(url("/cases"), {}, std::string(1000, 'b'));
  EXPECT_EQ(response.status, 200);
}

TEST_F(HttpServerLimits, ChunkedBodyOverTheLimitIs413AndCloses) {
  handler_.on_header_rule = [](const http_request_head&) { return accept_bodies_up_to(1000); };
  start_server();
  const auto exchange = send_raw("POST /cases HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk(600) +
                                 chunk(600) + "0\r\n\r\n");
  expect_refusal(exchange, 413, "BODY_TOO_LARGE");
  EXPECT_EQ(handler_.requests(), 0);
}

TEST_F(HttpServerLimits, ChunkedBodyWithinTheLimitReachesTheHandler) {
  handler_.on_header_rule = [](const http_request_head&) { return accept_bodies_up_to(1000); };
  start_server();
  const auto exchange =
      send_raw("POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk(3) + chunk(2) + "0\r\n\r\n");
  ASSERT_TRUE(exchange.response);
  EXPECT_EQ(exchange.response->body, "POST /c ccccc");
  EXPECT_TRUE(handler_.heads().at(0).chunked);
}

TEST_F(HttpServerLimits, PostWithoutLengthIs411) {
  start_server();
  expect_refusal(send_raw("POST /cases HTTP/1.1\r\nHost: x\r\n\r\n"), 411, "LENGTH_REQUIRED");
  EXPECT_EQ(handler_.requests(), 0);
}

// The admin listener's choice: a POST without framing has no body (RFC 9112 §6.3).
TEST_F(HttpServerLimits, PostWithoutLengthIsAnEmptyBodyWhenLengthIsNotRequired) {
  start_server({}, std::nullopt, /*length_required=*/false);
  const auto exchange = send_raw("POST /reload HTTP/1.1\r\nHost: x\r\n\r\n");
  ASSERT_TRUE(exchange.response);
  EXPECT_EQ(exchange.response->status, 200);
  EXPECT_EQ(exchange.response->body, "POST /reload ");
  EXPECT_EQ(handler_.requests(), 1);
}

TEST_F(HttpServerLimits, MalformedRequestLineIs400) {
  start_server();
  expect_refusal(send_raw("P@ST /cases HTTP/1.1\r\nHost: x\r\n\r\n"), 400, "MALFORMED_REQUEST");
  expect_refusal(send_raw("GET /cases\r\nHost: x\r\n\r\n"), 400, "MALFORMED_REQUEST");
}

TEST_F(HttpServerLimits, BareLineFeedsAre400) {
  start_server();
  expect_refusal(send_raw("GET / HTTP/1.1\nHost: x\n\n"), 400, "MALFORMED_REQUEST");
}

TEST_F(HttpServerLimits, ContentLengthWithChunkedIs400) {
  start_server();
  expect_refusal(send_raw("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "0\r\n\r\n"),
                 400, "MALFORMED_REQUEST");
}

TEST_F(HttpServerLimits, BadChunkFramingIs400) {
  start_server();
  expect_refusal(send_raw("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n"),
                 400, "MALFORMED_REQUEST");
}

TEST_F(HttpServerLimits, SlowlorisIsCutOffWhenTheHeaderDeadlinePasses) {
  server_limits limits;
  limits.header = 1s;
  start_server(limits);
  const std::string request = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + std::string(40, 's') + "\r\n\r\n";
  // Every byte arrives well within any per-read idle timeout; all of them would take ~7 s.
  test_support::slow_tls_client slow(server_->port(), client_options(), request, 100ms);
  slow.start();

  ASSERT_TRUE(slow.wait_until_closed(4s));
  const auto report = slow.report();
  EXPECT_GE(report.closed_after, 800ms);
  EXPECT_LT(report.closed_after, 2500ms);
  EXPECT_LT(report.bytes_sent, request.size());
  EXPECT_EQ(handler_.heads().size(), 0U);
}

TEST_F(HttpServerLimits, ASilentConnectionIsClosedAtTheHeaderDeadline) {
  server_limits limits;
  limits.header = 500ms;
  start_server(limits);
  auto connection = connect();
  EXPECT_TRUE(connection->wait_until_closed(3s));
}

TEST_F(HttpServerLimits, AnIdleKeptAliveConnectionIsClosedAfterTheIdleTimeout) {
  server_limits limits;
  limits.idle = 300ms;
  start_server(limits);
  auto connection = connect();
  connection->send(format_http_request("GET", "/", "x"));
  EXPECT_EQ(connection->read_response().status, 200);
  const auto before = std::chrono::steady_clock::now();
  EXPECT_TRUE(connection->wait_until_closed(3s));
  EXPECT_LT(std::chrono::steady_clock::now() - before, 2s);
}

TEST_F(HttpServerLimits, ABodyThatStopsHalfwayIsCutOffAtTheBodyDeadline) {
  server_limits limits;
  limits.body = 500ms;
  start_server(limits);
  auto connection = connect();
  connection->send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly ten..");
  EXPECT_TRUE(connection->wait_until_closed(3s));
  EXPECT_EQ(handler_.requests(), 0);
}

}  // namespace
}  // namespace casegw::net
