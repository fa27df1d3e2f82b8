// An HTTP/1.1 server (HTTPS when tls is set) with explicit limits and deadlines.
// Owns its io_context and threads; Beast stays inside http_server.cpp.
#pragma once

#include "net/http_types.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace casegw::net {

struct server_limits {
  std::size_t header_bytes = 16 * 1024;  // request line + headers; more -> 431
  std::size_t header_count = 64;         // more -> 431
  std::size_t body_bytes = 1024 * 1024;  // default when the handler gives no body_limit; more -> 413
  std::size_t max_connections = 1024;    // beyond this, new connections are closed at once
  std::chrono::milliseconds tls_handshake{10'000};
  std::chrono::milliseconds header{10'000};  // the whole header block, however slowly it trickles
  std::chrono::milliseconds body{30'000};    // the whole body
  std::chrono::milliseconds idle{60'000};    // keep-alive wait for the next request
  std::chrono::milliseconds write{10'000};
};

struct tls_settings {
  std::string certificate_file;  // PEM chain
  std::string private_key_file;  // PEM
  std::string min_version = "1.2";  // "1.2" or "1.3"
  // Mutual TLS: when set, clients are asked for a certificate, which must chain to these CAs
  // (PEM bundle) if presented; whether a channel requires one is the auth stage's decision.
  // (The "{}" keeps -Wmissing-field-initializers quiet for positional initialisers.)
  std::string client_ca_file{};
};

struct server_options {
  std::string address = "127.0.0.1";
  std::uint16_t port = 0;  // 0 = ephemeral; see http_server::port()
  std::optional<tls_settings> tls;
  server_limits limits;
  unsigned threads = 2;
  std::string name = "http";  // for log lines: "intake", "admin"
  // POST/PUT/PATCH without Content-Length or chunked coding: 411 when true (intake: a body
  // sent without framing must not be taken as empty); read as an empty body when false (the
  // admin API's POSTs carry none, and `curl -X POST` sends no length).
  bool length_required = true;
};

class http_server {
 public:
  // Throws std::runtime_error with a readable message (bad certificate, port in use, ...).
  http_server(server_options options, request_handler& handler);
  ~http_server();
  http_server(const http_server&) = delete;
  http_server& operator=(const http_server&) = delete;

  void start();        // binds, listens and runs the threads
  void stop();         // stops accepting, closes connections, joins threads
  std::uint16_t port() const;  // the bound port (after start)
  std::size_t active_connections() const;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace casegw::net
