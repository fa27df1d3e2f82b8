// A slowloris client: connects (over TLS when options.tls is set, the usual case; plain TCP
// for the admin listener), then sends its bytes one at a time, one every `interval`, on a
// background thread, and notes when the server closes the connection.
#pragma once

#include "support/test_connection.hpp"

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

namespace casegw::test_support {

struct slow_client_report {
  bool server_closed = false;                  // closed before the client had sent everything
  bool finished_sending = false;               // every byte was sent
  std::size_t bytes_sent = 0;
  std::chrono::milliseconds closed_after{0};   // from the first byte sent to the close
  std::string received;                        // whatever the server sent
};

class slow_tls_client {
 public:
  // Connects and completes the handshake at once (throws std::runtime_error on failure);
  // nothing is sent until start().
  slow_tls_client(std::uint16_t port, connection_options options, std::string bytes,
                  std::chrono::milliseconds interval);
  ~slow_tls_client();  // stops sending and joins the thread
  slow_tls_client(const slow_tls_client&) = delete;
  slow_tls_client& operator=(const slow_tls_client&) = delete;

  void start();
  // Blocks until the server closed the connection, every byte was sent, or `timeout`
  // passed; true when the server closed it.
  bool wait_until_closed(std::chrono::milliseconds timeout);
  slow_client_report report() const;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace casegw::test_support
