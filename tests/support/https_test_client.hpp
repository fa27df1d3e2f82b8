// A synchronous HTTP/1.1 client for tests: well-formed requests over http:// or https://
// (trusting a given CA), and raw bytes for everything a well-behaved client would never send.
#pragma once

#include "net/http_types.hpp"
#include "support/test_connection.hpp"
#include "support/test_response.hpp"

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::test_support {

struct test_client_options {
  std::string ca_file;  // trust anchor for https:// URLs; empty = do not verify the server
  std::string client_certificate_file;  // mutual TLS, optional
  std::string client_key_file;
  std::chrono::milliseconds timeout{5000};
};

// What came back for raw bytes: everything the server sent, and whether it closed.
struct raw_exchange {
  std::string bytes;
  bool closed_by_server = false;
  std::optional<test_response> response;  // the first response, when one could be parsed
};

// The bytes of a well-formed request (Host, Content-Length and, with a body, Content-Type).
std::string format_http_request(std::string_view method, std::string_view target, std::string_view host,
                                const std::vector<net::http_header>& headers = {}, std::string_view body = {},
                                std::string_view content_type = "application/json");

class https_test_client {
 public:
  explicit https_test_client(test_client_options options = {});

  // One request on a new connection. Throws std::runtime_error on connection, TLS or
  // protocol failure, or timeout.
  test_response request(std::string_view method, std::string_view url, const std::vector<net::http_header>& headers,
                        std::string_view body, std::string_view content_type = "application/json") const;
  test_response get(std::string_view url, const std::vector<net::http_header>& headers = {}) const;
  test_response post(std::string_view url, const std::vector<net::http_header>& headers, std::string_view body,
                     std::string_view content_type = "application/json") const;

  // Sends `bytes` unchanged on a new connection to the URL's host and port, then reads until
  // the server closes or `wait` passes (a server that answers and keeps the connection open
  // is not an error: the response is still returned).
  raw_exchange send_raw(std::string_view url, std::string_view bytes,
                        std::chrono::milliseconds wait = std::chrono::milliseconds(3000)) const;

  // A connection of its own: several requests on it (keep-alive), or byte-level control.
  std::unique_ptr<test_connection> connect(std::string_view url) const;

 private:
  test_client_options options_;
};

}  // namespace casegw::test_support
