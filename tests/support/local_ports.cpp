#include "support/local_ports.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

namespace casegw::test_support {
namespace {

// A socket bound to 127.0.0.1 on an ephemeral port; returns the descriptor and the port.
int bind_ephemeral(std::uint16_t& port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) throw std::runtime_error(std::string("socket() failed: ") + std::strerror(errno));
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    const int error = errno;
    ::close(fd);
    throw std::runtime_error(std::string("cannot bind 127.0.0.1:0: ") + std::strerror(error));
  }
  port = ntohs(address.sin_port);
  return fd;
}

}  // namespace

silent_listener::silent_listener() {
  fd_ = bind_ephemeral(port_);
  if (::listen(fd_, 64) != 0) {
    const int error = errno;
    ::close(fd_);
    throw std::runtime_error(std::string("listen() failed: ") + std::strerror(error));
  }
}

silent_listener::~silent_listener() { ::close(fd_); }

std::uint16_t unused_local_port() {
  std::uint16_t port = 0;
  ::close(bind_ephemeral(port));
  return port;
}

}  // namespace casegw::test_support
