// An asynchronous HTTP/1.1 client (HTTPS with certificate and host-name verification) for
// outbound delivery. Owns its io_context and thread; Beast stays inside http_client.cpp.
#pragma once

#include "net/http_types.hpp"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace casegw::net {

struct client_tls {
  bool verify_peer = true;  // verify chain and host name
  std::string ca_file;      // PEM bundle; empty = the system's default paths
  std::string client_certificate_file;  // optional mutual TLS
  std::string client_key_file;
};

struct client_request {
  std::string url;  // http://host:port/path or https://...
  std::string method = "POST";
  std::vector<http_header> headers;
  std::string content_type = "application/json";
  std::string body;
  std::chrono::milliseconds timeout{10'000};  // connect + TLS + write + read, all together
  // The response body is kept up to this size; the rest is not read. Deliveries only need the
  // start of an error answer; a poll of a platform needs the whole page.
  std::size_t max_body_bytes = 64 * 1024;
};

struct client_result {
  bool completed = false;  // a response was received (status is meaningful)
  int status = 0;
  std::vector<http_header> headers;
  std::string body;   // at most the request's max_body_bytes
  std::string error;  // when !completed: "timeout", "connection refused", "certificate verify failed", ...
  std::string header(std::string_view name) const;
};

class http_client {
 public:
  explicit http_client(client_tls tls = {}, unsigned threads = 1);
  ~http_client();  // cancels what is in flight (callbacks get completed=false) and joins
  http_client(const http_client&) = delete;
  http_client& operator=(const http_client&) = delete;

  // Calls done exactly once, on the client's thread.
  void send(client_request request, std::function<void(client_result)> done);

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace casegw::net
