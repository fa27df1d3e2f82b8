// One client connection to a local test server, plain TCP or TLS (OpenSSL, no Asio), that
// sends whatever bytes a test wants — malformed requests included — and reads raw bytes or
// parsed responses back, every read bounded by a timeout.
#pragma once

#include "support/test_response.hpp"

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace casegw::test_support {

struct connection_options {
  bool tls = false;
  std::string ca_file;  // verify the server against this CA; empty = do not verify
  // The name the server certificate must match (and the SNI name when it is not an IP).
  std::string server_name = "127.0.0.1";
  std::string client_certificate_file;  // mutual TLS, optional
  std::string client_key_file;
  // "1.1", "1.2", "1.3" or empty for OpenSSL's default. Asking for "1.1" also lowers the
  // client's security level so that it really offers TLS 1.1 (to test that a server refuses).
  std::string tls_min_version;
  std::string tls_max_version;
  std::chrono::milliseconds timeout{5000};  // connect + handshake, and each read/write call
};

class test_connection {
 public:
  // Connects to 127.0.0.1:port (or `host`, an IPv4 literal or "localhost") and, with tls,
  // completes the handshake. Throws std::runtime_error with OpenSSL's reason on failure,
  // e.g. "... tlsv1 alert protocol version" when the server refuses the TLS version.
  explicit test_connection(std::uint16_t port, connection_options options = {}, std::string host = "127.0.0.1");
  ~test_connection();
  test_connection(const test_connection&) = delete;
  test_connection& operator=(const test_connection&) = delete;

  // Sends every byte; false when the peer has closed or reset the connection.
  bool send(std::string_view bytes);

  // The next response (interim 1xx skipped). Throws std::runtime_error on timeout, or when
  // the connection closes before a complete response.
  test_response read_response();

  // Waits up to `timeout` for more bytes (kept in received()); false on timeout or close.
  bool read_more(std::chrono::milliseconds timeout);

  // Reads until the peer closes the connection; true if it did within `timeout`. Bytes read
  // are kept in received().
  bool wait_until_closed(std::chrono::milliseconds timeout);

  // Raw bytes read so far and not consumed by read_response().
  const std::string& received() const;
  bool closed_by_peer() const;
  std::string tls_version() const;  // "TLSv1.3", or "" on plain TCP

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace casegw::test_support
