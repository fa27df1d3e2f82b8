// The server's request cycle over real TLS: keep-alive, TLS versions, certificates, handler
// verdicts, asynchronous answers, connection limits and stopping.
#include "net/error_response.hpp"
#include "server_fixture.hpp"

#include <chrono>
#include <regex>
#include <stdexcept>
#include <thread>

namespace casegw::net {
namespace {

using namespace std::chrono_literals;
using test_support::format_http_request;

bool eventually(const std::function<bool()>& condition, std::chrono::milliseconds timeout = 3s) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (condition()) return true;
    std::this_thread::sleep_for(10ms);
  }
  return condition();
}

using HttpServer = tls_server_test;

TEST_F(HttpServer, AnswersTwoRequestsOnOneKeptAliveTlsConnection) {
  start_server();
  auto connection = connect();

  ASSERT_TRUE(connection->send(format_http_request("GET", "/first?x=1", "127.0.0.1")));
  const auto first = connection->read_response();
  ASSERT_TRUE(connection->send(format_http_request("POST", "/second", "127.0.0.1", {}, R"({"a":1})")));
  const auto second = connection->read_response();

  EXPECT_EQ(first.status, 200);
  EXPECT_EQ(first.body, "GET /first?x=1 ");
  EXPECT_EQ(first.header("Content-Type"), "text/plain");
  EXPECT_EQ(second.status, 200);
  EXPECT_EQ(second.body, R"(POST /second {"a":1})");
  EXPECT_FALSE(connection->closed_by_peer());
  EXPECT_EQ(server_->active_connections(), 1U);
  EXPECT_EQ(handler_.requests(), 2);
}

TEST_F(HttpServer, GivesEachRequestAFreshIdAndTellsTheHandlerWhoAsked) {
  start_server();
  auto connection = connect();
  connection->send(format_http_request("GET", "/a", "127.0.0.1"));
  const auto first = connection->read_response();
  connection->send(format_http_request("GET", "/b", "127.0.0.1", {{"X-Trace", "t1"}}));
  const auto second = connection->read_response();

  const std::regex sixteen_hex("[0-9a-f]{16}");
  EXPECT_TRUE(std::regex_match(first.header("X-Request-Id"), sixteen_hex));
  EXPECT_NE(first.header("X-Request-Id"), second.header("X-Request-Id"));
  const auto heads = handler_.heads();
  ASSERT_EQ(heads.size(), 2U);
  EXPECT_EQ(heads[1].request_id, second.header("X-Request-Id"));
  EXPECT_EQ(heads[1].remote_address, "127.0.0.1");
  EXPECT_EQ(heads[1].header("x-trace"), "t1");
  EXPECT_EQ(heads[1].method, "GET");
  EXPECT_FALSE(heads[1].content_length.has_value());
}

TEST_F(HttpServer, NegotiatesTls13ByDefaultAndStillServesTls12) {
  start_server();
  EXPECT_EQ(connect()->tls_version(), "TLSv1.3");
  auto options = client_options();
  options.tls_max_version = "1.2";
  EXPECT_EQ(test_support::test_connection(server_->port(), options).tls_version(), "TLSv1.2");
}

TEST_F(HttpServer, RefusesATls11Client) {
  start_server();
  auto options = client_options();
  options.tls_min_version = "1.1";
  options.tls_max_version = "1.1";
  try {
    test_support::test_connection connection(server_->port(), options);
    FAIL() << "a TLS 1.1 handshake succeeded";
  } catch (const std::runtime_error& e) {
    // The alert proves the client offered 1.1 and the server said no.
    EXPECT_NE(std::string(e.what()).find("protocol version"), std::string::npos) << e.what();
  }
  EXPECT_EQ(handler_.requests(), 0);
}

TEST_F(HttpServer, RefusesTls12WhenTheMinimumIs13) {
  auto tls = server_tls();
  tls.min_version = "1.3";
  start_server({}, tls);
  auto options = client_options();
  options.tls_max_version = "1.2";
  EXPECT_THROW(test_support::test_connection(server_->port(), options), std::runtime_error);
  EXPECT_EQ(connect()->tls_version(), "TLSv1.3");
}

TEST_F(HttpServer, NamesAMissingCertificateFile) {
  auto tls = server_tls();
  tls.certificate_file = (directory_.path() / "absent.pem").string();
  server_options options;
  options.tls = tls;
  try {
    http_server server(options, handler_);
    FAIL() << "constructed with a missing certificate";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("absent.pem"), std::string::npos) << e.what();
  }
}

TEST_F(HttpServer, RejectsAPrivateKeyThatDoesNotMatchTheCertificate) {
  const test_support::test_certificate_authority other(directory_.path(), "other-ca");
  auto tls = server_tls();
  tls.private_key_file = other.issue_server_certificate("other-server").private_key.string();
  server_options options;
  options.tls = tls;
  try {
    http_server server(options, handler_);
    FAIL() << "constructed with a mismatched key";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("other-server.key"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("mismatch"), std::string::npos) << e.what();
  }
}

TEST_F(HttpServer, RejectsAnUnknownMinimumTlsVersion) {
  auto tls = server_tls();
  tls.min_version = "1.0";
  server_options options;
  options.tls = tls;
  EXPECT_THROW(http_server(options, handler_), std::runtime_error);
}

TEST_F(HttpServer, SendsTheHandlersRejectionWithoutReadingTheBodyAndCloses) {
  handler_.on_header_rule = [](const http_request_head& head) {
    header_verdict verdict;
    verdict.reject = error_response(401, "UNAUTHORIZED", "a valid signature is required", head.request_id);
    return verdict;
  };
  start_server();
  auto connection = connect();
  // Announces a body it never sends: the answer must not wait for it.
  connection->send("POST /cases HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n");

  const auto response = connection->read_response();

  EXPECT_EQ(response.status, 401);
  EXPECT_EQ(response.error_code(), "UNAUTHORIZED");
  EXPECT_EQ(response.header("Connection"), "close");
  EXPECT_TRUE(connection->wait_until_closed(2s));
  EXPECT_EQ(handler_.requests(), 0);
}

TEST_F(HttpServer, KeepsTheConnectionAfterARejectionOfARequestWithoutBody) {
  handler_.on_header_rule = [](const http_request_head& head) {
    header_verdict verdict;
    if (head.path() == "/missing") verdict.reject = error_response(404, "NOT_FOUND", "no such endpoint", head.request_id);
    return verdict;
  };
  start_server();
  auto connection = connect();
  connection->send(format_http_request("GET", "/missing", "x"));
  EXPECT_EQ(connection->read_response().status, 404);
  connection->send(format_http_request("GET", "/present", "x"));
  EXPECT_EQ(connection->read_response().status, 200);
}

TEST_F(HttpServer, LetsTheHandlerAnswerLaterFromAnotherThread) {
  std::vector<std::thread> workers;
  handler_.on_request_rule = [&workers](http_request request, responder respond) {
    workers.emplace_back([body = std::move(request.body), respond = std::move(respond)] {
      std::this_thread::sleep_for(100ms);
      http_response response;
      response.status = 202;
      response.body = "later:" + body;
      response.headers = {{"Location", "/cases/1"}};
      respond(std::move(response));
    });
  };
  start_server();

  const auto response = client().post(url("/cases"), {}, "payload");

  EXPECT_EQ(response.status, 202);
  EXPECT_EQ(response.body, "later:payload");
  EXPECT_EQ(response.header("Location"), "/cases/1");
  for (auto& worker : workers) worker.join();
}

TEST_F(HttpServer, AnswersOnlyOnceWhenTheHandlerRespondsTwice) {
  handler_.on_request_rule = [](http_request, responder respond) {
    http_response first;
    first.body = "first";
    respond(first);
    http_response second;
    second.body = "second";
    respond(second);
  };
  start_server();
  auto connection = connect();
  connection->send(format_http_request("GET", "/", "x"));
  EXPECT_EQ(connection->read_response().body, "first");
  connection->send(format_http_request("GET", "/", "x"));
  EXPECT_EQ(connection->read_response().body, "first");
}

TEST_F(HttpServer, TurnsAHandlerExceptionInto500) {
  handler_.on_request_rule = [](http_request, responder) { throw std::runtime_error("boom"); };
  start_server();
  const auto response = client().get(url("/"));
  EXPECT_EQ(response.status, 500);
  EXPECT_EQ(response.error_code(), "INTERNAL_ERROR");
  EXPECT_EQ(response.body.find("boom"), std::string::npos);
}

TEST_F(HttpServer, ClosesWhenTheHandlerAsksTo) {
  handler_.on_request_rule = [](http_request, responder respond) {
    http_response response;
    response.close_connection = true;
    respond(response);
  };
  start_server();
  auto connection = connect();
  connection->send(format_http_request("GET", "/", "x"));
  EXPECT_EQ(connection->read_response().header("Connection"), "close");
  EXPECT_TRUE(connection->wait_until_closed(2s));
}

TEST_F(HttpServer, SendsContinueBeforeReadingABodyThatWaitsForIt) {
  start_server();
  auto connection = connect();
  connection->send("POST /c HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
  ASSERT_TRUE(connection->read_more(2s));
  EXPECT_EQ(connection->received().rfind("HTTP/1.1 100 Continue\r\n", 0), 0U);
  connection->send("data");
  EXPECT_EQ(connection->read_response().body, "POST /c data");
}

TEST_F(HttpServer, ClosesAnHttp10ConnectionAfterTheResponse) {
  start_server();
  const auto exchange = send_raw("GET /old HTTP/1.0\r\n\r\n");
  ASSERT_TRUE(exchange.response);
  EXPECT_EQ(exchange.response->status, 200);
  EXPECT_TRUE(exchange.closed_by_server);
}

TEST_F(HttpServer, ClosesConnectionsBeyondMaxConnections) {
  server_limits limits;
  limits.max_connections = 2;
  start_server(limits);
  auto first = connect();
  auto second = connect();
  ASSERT_TRUE(eventually([&] { return server_->active_connections() == 2; }));

  EXPECT_THROW(connect(), std::runtime_error);  // closed during the handshake

  first.reset();
  ASSERT_TRUE(eventually([&] { return server_->active_connections() == 1; }));
  auto third = connect();
  third->send(format_http_request("GET", "/", "x"));
  EXPECT_EQ(third->read_response().status, 200);
}

TEST_F(HttpServer, StopClosesOpenConnectionsAndMayBeCalledTwice) {
  start_server();
  auto connection = connect();
  ASSERT_TRUE(eventually([&] { return server_->active_connections() == 1; }));

  server_->stop();

  EXPECT_TRUE(connection->wait_until_closed(2s));
  EXPECT_NO_THROW(server_->stop());
  EXPECT_THROW(test_support::test_connection(server_->port(), client_options()), std::runtime_error);
}

TEST_F(HttpServer, StopsWhileAHandlerStillHoldsAResponder) {
  responder kept;
  std::mutex kept_mutex;
  handler_.on_request_rule = [&](http_request, responder respond) {
    std::lock_guard lock(kept_mutex);
    kept = std::move(respond);
  };
  start_server();
  auto connection = connect();
  connection->send(format_http_request("GET", "/", "x"));
  ASSERT_TRUE(eventually([&] { return handler_.requests() == 1; }));

  server_.reset();
  std::lock_guard lock(kept_mutex);
  kept(http_response{});  // after the server is gone: must be harmless
  kept = nullptr;
  EXPECT_TRUE(connection->wait_until_closed(2s));
}

class HttpServerMutualTls : public tls_server_test {
 protected:
  void SetUp() override {
    auto tls = server_tls();
    tls.client_ca_file = certificates_.ca_certificate.string();
    start_server({}, tls);
  }

  test_support::connection_options with_client_certificate(const test_support::certificate_files& files) const {
    auto options = client_options();
    options.client_certificate_file = files.certificate.string();
    options.client_key_file = files.private_key.string();
    return options;
  }
};

TEST_F(HttpServerMutualTls, TellsTheHandlerWhichClientCertificateWasVerified) {
  test_support::test_connection connection(server_->port(), with_client_certificate(*certificates_.client));
  connection.send(format_http_request("GET", "/", "x"));
  EXPECT_EQ(connection.read_response().status, 200);

  const auto head = handler_.heads().at(0);
  EXPECT_NE(head.client_certificate_subject.find("CN=city-portal"), std::string::npos)
      << head.client_certificate_subject;
  EXPECT_TRUE(std::regex_match(head.client_certificate_sha256, std::regex("[0-9a-f]{64}")));
}

TEST_F(HttpServerMutualTls, LetsClientsWithoutACertificateInForTheHandlerToDecide) {
  auto connection = connect();
  connection->send(format_http_request("GET", "/", "x"));
  EXPECT_EQ(connection->read_response().status, 200);
  EXPECT_EQ(handler_.heads().at(0).client_certificate_subject, "");
  EXPECT_EQ(handler_.heads().at(0).client_certificate_sha256, "");
}

TEST_F(HttpServerMutualTls, RefusesAClientCertificateFromAnotherAuthority) {
  const test_support::test_certificate_authority stranger(directory_.path(), "stranger-ca");
  const auto options = with_client_certificate(stranger.issue_client_certificate("stranger", "intruder"));
  try {
    // With TLS 1.3 the client may finish its handshake before the server has judged its
    // certificate; the refusal then shows as a closed connection.
    test_support::test_connection connection(server_->port(), options);
    connection.send(format_http_request("GET", "/", "x"));
    EXPECT_THROW(connection.read_response(), std::runtime_error);
  } catch (const std::runtime_error&) {
    // refused during the handshake
  }
  EXPECT_EQ(handler_.requests(), 0);
}

TEST_F(HttpServer, AnswersHeadWithTheLengthButWithoutTheBody) {
  start_server();
  const auto exchange = send_raw("HEAD /status HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  ASSERT_TRUE(exchange.closed_by_server);
  // The default handler would answer "HEAD /status " (13 bytes).
  EXPECT_NE(exchange.bytes.find("Content-Length: 13\r\n"), std::string::npos) << exchange.bytes;
  EXPECT_EQ(exchange.bytes.substr(exchange.bytes.size() - 4), "\r\n\r\n") << "a body followed the header";
}

TEST_F(HttpServer, CanBeStoppedFromItsOwnHandler) {
  handler_.on_request_rule = [this](http_request, responder respond) {
    server_->stop();
    respond(http_response{});  // too late: dropped, harmlessly
  };
  start_server();
  auto connection = connect();
  connection->send(format_http_request("GET", "/", "x"));
  EXPECT_TRUE(connection->wait_until_closed(2s));
}

TEST_F(HttpServer, ServesPlainHttpWithTheSameCode) {
  server_options options;
  options.name = "admin";
  server_ = std::make_unique<http_server>(options, handler_);
  server_->start();
  const auto response = test_support::https_test_client().get("http://127.0.0.1:" + std::to_string(server_->port()) + "/health");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, "GET /health ");
}

TEST_F(HttpServer, ReportsAPortInUse) {
  start_server();
  server_options options;
  options.port = server_->port();
  http_server second(options, handler_);
  EXPECT_THROW(second.start(), std::runtime_error);
}

}  // namespace
}  // namespace casegw::net
