// The outbound client against real servers on 127.0.0.1: plain and TLS round trips, what
// certificate verification refuses, deadlines, refused connections and cancellation.
#include "net/http_client.hpp"
#include "support/local_ports.hpp"
#include "support/temp_dir.hpp"
#include "support/test_certificates.hpp"
#include "support/workflow_stub.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <stdexcept>
#include <thread>

namespace casegw::net {
namespace {

using namespace std::chrono_literals;
using clock = std::chrono::steady_clock;

client_result send_and_wait(http_client& client, client_request request) {
  auto promise = std::make_shared<std::promise<client_result>>();
  auto future = promise->get_future();
  client.send(std::move(request), [promise](client_result result) { promise->set_value(std::move(result)); });
  if (future.wait_for(5s) != std::future_status::ready) throw std::runtime_error("the client never called done");
  return future.get();
}

client_request post_to(std::string url, std::chrono::milliseconds timeout = 3s) {
  client_request request;
  request.url = std::move(url);
  request.body = R"({"case_id":"c-1"})";
  request.headers = {{"Idempotency-Key", "c-1"}};
  request.timeout = timeout;
  return request;
}

class HttpClient : public ::testing::Test {
 protected:
  HttpClient() : authority_(directory_.path()) {}

  tls_settings server_tls(const test_support::server_names& names = {}) {
    const auto files = authority_.issue_server_certificate("server-" + std::to_string(++issued_), names);
    return {files.certificate.string(), files.private_key.string(), "1.2"};
  }

  client_tls trusting_our_ca() const { return {true, authority_.certificate_file().string(), "", ""}; }

  test_support::temp_dir directory_;
  test_support::test_certificate_authority authority_;
  int issued_ = 0;
};

TEST_F(HttpClient, PostsOverPlainHttp) {
  test_support::workflow_stub stub;
  stub.start();
  http_client client;

  const auto result = send_and_wait(client, post_to(stub.url("/v1/cases?source=gw")));

  EXPECT_TRUE(result.completed) << result.error;
  EXPECT_EQ(result.status, 202);
  EXPECT_EQ(result.body, R"({"status":"accepted"})");
  EXPECT_EQ(result.header("content-type"), "application/json");
  ASSERT_EQ(stub.received_count(), 1U);
  const auto request = stub.received().at(0);
  EXPECT_EQ(request.method, "POST");
  EXPECT_EQ(request.target, "/v1/cases?source=gw");
  EXPECT_EQ(request.body, R"({"case_id":"c-1"})");
  EXPECT_EQ(request.idempotency_key(), "c-1");
  EXPECT_EQ(request.header("Content-Type"), "application/json");
  EXPECT_EQ(request.header("Host"), "127.0.0.1:" + std::to_string(stub.port()));
}

TEST_F(HttpClient, PostsOverHttpsVerifyingTheChainAndTheIpAddress) {
  test_support::workflow_stub stub({0, server_tls()});
  stub.start();
  http_client client(trusting_our_ca());

  const auto result = send_and_wait(client, post_to(stub.url()));

  EXPECT_TRUE(result.completed) << result.error;
  EXPECT_EQ(result.status, 202);
  EXPECT_EQ(stub.received_count(), 1U);
}

TEST_F(HttpClient, PresentsItsClientCertificateForMutualTls) {
  auto tls = server_tls();
  tls.client_ca_file = authority_.certificate_file().string();
  test_support::workflow_stub stub({0, tls});
  stub.start();
  const auto gateway = authority_.issue_client_certificate("gateway", "casegw-gateway");
  http_client client({true, authority_.certificate_file().string(), gateway.certificate.string(),
                      gateway.private_key.string()});

  const auto result = send_and_wait(client, post_to(stub.url()));

  EXPECT_TRUE(result.completed) << result.error;
  ASSERT_EQ(stub.received_count(), 1U);
  EXPECT_NE(stub.received().at(0).client_certificate_subject.find("CN=casegw-gateway"), std::string::npos);
}

TEST_F(HttpClient, RefusesACertificateIssuedForAnotherName) {
  test_support::server_names other;
  other.common_name = "workflow.other.example";
  other.dns_names = {"workflow.other.example"};
  other.ip_addresses = {};
  test_support::workflow_stub stub({0, server_tls(other)});
  stub.start();
  http_client client(trusting_our_ca());

  const auto result = send_and_wait(client, post_to(stub.url()));

  EXPECT_FALSE(result.completed);
  EXPECT_EQ(result.error.rfind("certificate verify failed", 0), 0U) << result.error;
  EXPECT_NE(result.error.find("mismatch"), std::string::npos) << result.error;
  EXPECT_EQ(stub.received_count(), 0U);
}

TEST_F(HttpClient, RefusesAServerFromAnUntrustedAuthority) {
  test_support::workflow_stub stub({0, server_tls()});
  stub.start();
  const test_support::test_certificate_authority stranger(directory_.path(), "stranger-ca");
  http_client client({true, stranger.certificate_file().string(), "", ""});

  const auto result = send_and_wait(client, post_to(stub.url()));

  EXPECT_FALSE(result.completed);
  EXPECT_EQ(result.error.rfind("certificate verify failed", 0), 0U) << result.error;
  EXPECT_EQ(stub.received_count(), 0U);
}

TEST_F(HttpClient, TimesOutAgainstAServerThatNeverAnswers) {
  test_support::silent_listener silent;
  http_client client;
  const auto started = clock::now();

  const auto result = send_and_wait(client, post_to("http://127.0.0.1:" + std::to_string(silent.port()) + "/", 300ms));

  EXPECT_FALSE(result.completed);
  EXPECT_EQ(result.error, "timeout");
  EXPECT_LT(clock::now() - started, 2s);
}

TEST_F(HttpClient, TimesOutDuringTheTlsHandshakeWithASilentServer) {
  test_support::silent_listener silent;
  http_client client(trusting_our_ca());
  const auto result = send_and_wait(client, post_to("https://127.0.0.1:" + std::to_string(silent.port()) + "/", 300ms));
  EXPECT_EQ(result.error, "timeout");
}

TEST_F(HttpClient, TimesOutWhenTheAnswerComesTooLate) {
  test_support::workflow_stub stub;
  stub.answer_by_default({202, "{}", {}, 2s});
  stub.start();
  http_client client;
  const auto result = send_and_wait(client, post_to(stub.url(), 300ms));
  EXPECT_EQ(result.error, "timeout");
  EXPECT_EQ(stub.received_count(), 1U);
}

TEST_F(HttpClient, ReportsConnectionRefused) {
  http_client client;
  const auto result = send_and_wait(client, post_to("http://127.0.0.1:" + std::to_string(test_support::unused_local_port()) + "/"));
  EXPECT_FALSE(result.completed);
  EXPECT_EQ(result.error, "connection refused");
}

TEST_F(HttpClient, ReportsAnInvalidUrlThroughDone) {
  http_client client;
  const auto result = send_and_wait(client, post_to("ftp://127.0.0.1/"));
  EXPECT_FALSE(result.completed);
  EXPECT_NE(result.error.find("scheme"), std::string::npos) << result.error;
}

TEST_F(HttpClient, PassesOnErrorStatusesAndTheirHeaders) {
  test_support::workflow_stub stub;
  stub.answer_next(1, {503, R"({"error":"busy"})", {{"Retry-After", "7"}}, 0ms});
  stub.start();
  http_client client;

  const auto busy = send_and_wait(client, post_to(stub.url()));
  const auto then = send_and_wait(client, post_to(stub.url()));

  EXPECT_TRUE(busy.completed);
  EXPECT_EQ(busy.status, 503);
  EXPECT_EQ(busy.header("Retry-After"), "7");
  EXPECT_EQ(then.status, 202);
}

TEST_F(HttpClient, KeepsOnlyTheFirst64KiBOfALargeResponse) {
  test_support::workflow_stub stub;
  stub.answer_by_default({200, std::string(200 * 1024, 'r'), {}, 0ms});
  stub.start();
  http_client client;
  const auto result = send_and_wait(client, post_to(stub.url()));
  EXPECT_TRUE(result.completed) << result.error;
  EXPECT_EQ(result.body.size(), 64U * 1024U);
}

TEST_F(HttpClient, CompletesPendingRequestsAsCancelledWhenDestroyed) {
  test_support::silent_listener silent;
  std::promise<client_result> promise;
  auto future = promise.get_future();
  {
    http_client client;
    client.send(post_to("http://127.0.0.1:" + std::to_string(silent.port()) + "/", 30s),
                [&promise](client_result result) { promise.set_value(std::move(result)); });
    std::this_thread::sleep_for(100ms);  // let it connect and wait
  }
  ASSERT_EQ(future.wait_for(0s), std::future_status::ready);
  const auto result = future.get();
  EXPECT_FALSE(result.completed);
  EXPECT_EQ(result.error, "cancelled");
}

TEST_F(HttpClient, SendsManyRequestsConcurrently) {
  test_support::workflow_stub stub;
  stub.start();
  http_client client({}, 2);
  std::vector<std::future<client_result>> results;
  for (int i = 0; i < 20; ++i) {
    auto promise = std::make_shared<std::promise<client_result>>();
    results.push_back(promise->get_future());
    auto request = post_to(stub.url());
    request.headers = {{"Idempotency-Key", "k" + std::to_string(i)}};
    client.send(request, [promise](client_result result) { promise->set_value(std::move(result)); });
  }
  for (auto& result : results) {
    ASSERT_EQ(result.wait_for(5s), std::future_status::ready);
    EXPECT_EQ(result.get().status, 202);
  }
  EXPECT_EQ(stub.distinct_idempotency_keys().size(), 20U);
}

TEST_F(HttpClient, NamesAMissingCaFile) {
  try {
    http_client client({true, (directory_.path() / "nope.pem").string(), "", ""});
    FAIL() << "constructed with a missing CA file";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("nope.pem"), std::string::npos) << e.what();
  }
}

TEST_F(HttpClient, NeedsBothTheClientCertificateAndItsKey) {
  const auto client_files = authority_.issue_client_certificate("gateway", "casegw");
  EXPECT_THROW(http_client({true, "", client_files.certificate.string(), ""}), std::runtime_error);
  EXPECT_NO_THROW(http_client({true, "", client_files.certificate.string(), client_files.private_key.string()}));
}

}  // namespace
}  // namespace casegw::net
