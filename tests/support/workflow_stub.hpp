// A real HTTP(S) server on 127.0.0.1 standing in for the core case workflow: it records every
// request it receives and answers what the test scripts (202 by default, 503 for a while, or
// nothing at all while stopped). Built on casegw::net::http_server.
#pragma once

#include "net/http_server.hpp"
#include "net/http_types.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::test_support {

struct recorded_request {
  std::string method;
  std::string target;  // path and query
  std::vector<net::http_header> headers;
  std::string body;
  std::chrono::steady_clock::time_point received_at;
  std::string client_certificate_subject;  // mutual TLS (tls.client_ca_file set), "" otherwise

  std::string_view path() const;
  std::string header(std::string_view name) const;  // case-insensitive, "" when absent
  std::string idempotency_key() const { return header("Idempotency-Key"); }
};

struct stub_answer {
  int status = 202;
  std::string body = R"({"status":"accepted"})";
  std::vector<net::http_header> headers;  // e.g. {"Retry-After", "1"}
  std::chrono::milliseconds delay{0};     // answer this much later (to test client timeouts)
};

struct workflow_stub_options {
  std::uint16_t port = 0;                  // 0 = ephemeral at the first start, then kept
  std::optional<net::tls_settings> tls;    // HTTPS when set
  std::size_t body_limit = 16 * 1024 * 1024;
};

class workflow_stub {
 public:
  explicit workflow_stub(workflow_stub_options options = {});
  ~workflow_stub();
  workflow_stub(const workflow_stub&) = delete;
  workflow_stub& operator=(const workflow_stub&) = delete;

  // Listens (again) on the same port; does nothing when already running. Throws
  // std::runtime_error when the port cannot be bound.
  void start();
  // The workflow is "down": connections are refused until start().
  void stop();
  bool running() const;
  std::uint16_t port() const;  // known after the first start()
  std::string url(std::string_view path = "/cases") const;  // http(s)://127.0.0.1:<port><path>

  // Answers are chosen in this order: a timed answer while it lasts, then scripted answers
  // one per request, then the default.
  void answer_by_default(stub_answer answer);
  void answer_next(std::size_t count, stub_answer answer);  // e.g. three 503s, then the default
  void answer_for(std::chrono::milliseconds duration, stub_answer answer);  // "503 for a while"

  // Blocks until at least `count` requests were received (true) or `timeout` passed (false).
  bool wait_for(std::size_t count, std::chrono::milliseconds timeout) const;
  std::vector<recorded_request> received() const;
  std::size_t received_count() const;
  std::set<std::string> distinct_idempotency_keys() const;  // non-empty keys only
  void clear();  // forgets received requests, keeps answers

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace casegw::test_support
