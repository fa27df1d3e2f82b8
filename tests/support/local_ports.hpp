// Local TCP ports for failure tests on 127.0.0.1: one that accepts connections but never answers
// (the kernel completes the TCP handshake; nobody ever reads), and one where nothing listens.
#pragma once

#include <cstdint>

namespace casegw::test_support {

class silent_listener {
 public:
  silent_listener();  // throws std::runtime_error if no port can be bound
  ~silent_listener();
  silent_listener(const silent_listener&) = delete;
  silent_listener& operator=(const silent_listener&) = delete;

  std::uint16_t port() const noexcept { return port_; }

 private:
  int fd_ = -1;
  std::uint16_t port_ = 0;
};

// A port on 127.0.0.1 that was free a moment ago: connecting to it is refused. Also a way to
// pick the port of a gateway config before starting the gateway.
std::uint16_t unused_local_port();

}  // namespace casegw::test_support
