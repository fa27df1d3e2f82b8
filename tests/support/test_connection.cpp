#include "support/test_connection.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <stdexcept>

namespace casegw::test_support {
namespace {

using clock = std::chrono::steady_clock;

std::string openssl_errors() {
  std::string text;
  while (const unsigned long code = ERR_get_error()) {
    std::array<char, 256> buffer{};
    ERR_error_string_n(code, buffer.data(), buffer.size());
    text += (text.empty() ? "" : "; ") + std::string(buffer.data());
  }
  return text.empty() ? "no OpenSSL error reported" : text;
}

int protocol_version(const std::string& version) {
  if (version == "1.1") return TLS1_1_VERSION;
  if (version == "1.2") return TLS1_2_VERSION;
  if (version == "1.3") return TLS1_3_VERSION;
  throw std::invalid_argument("unknown TLS version '" + version + "'");
}

bool is_ip_literal(const std::string& name) {
  in_addr ignored{};
  return inet_pton(AF_INET, name.c_str(), &ignored) == 1;
}

void set_socket_timeouts(int fd, std::chrono::milliseconds timeout) {
  timeval value{};
  value.tv_sec = static_cast<time_t>(timeout.count() / 1000);
  value.tv_usec = static_cast<suseconds_t>((timeout.count() % 1000) * 1000);
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &value, sizeof value);
  setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &value, sizeof value);
}

int connect_to(const std::string& host, std::uint16_t port, std::chrono::milliseconds timeout) {
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  const std::string ip = host == "localhost" ? "127.0.0.1" : host;
  if (inet_pton(AF_INET, ip.c_str(), &address.sin_addr) != 1) {
    throw std::invalid_argument("test_connection: '" + host + "' is not an IPv4 literal or localhost");
  }
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) throw std::runtime_error(std::string("socket() failed: ") + std::strerror(errno));
  set_socket_timeouts(fd, timeout);
  const int on = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);  // one byte written = one segment sent
  if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
    const int error = errno;
    ::close(fd);
    throw std::runtime_error("connect to " + ip + ":" + std::to_string(port) + " failed: " + std::strerror(error));
  }
  return fd;
}

enum class read_outcome { progress, closed, timed_out };

}  // namespace

struct test_connection::impl {
  connection_options options;
  std::string peer;
  int fd = -1;
  SSL_CTX* context = nullptr;
  SSL* ssl = nullptr;
  std::string received;
  bool closed = false;

  ~impl() {
    if (ssl != nullptr) SSL_free(ssl);
    if (context != nullptr) SSL_CTX_free(context);
    if (fd >= 0) ::close(fd);
  }

  void configure_context() {
    context = SSL_CTX_new(TLS_client_method());
    if (context == nullptr) throw std::runtime_error("SSL_CTX_new failed: " + openssl_errors());
    if (options.tls_min_version == "1.1" || options.tls_max_version == "1.1") {
      // OpenSSL 3 refuses TLS 1.1 at security level 1 and above: lower it so the client
      // really offers 1.1 and the refusal, if any, comes from the server.
      SSL_CTX_set_security_level(context, 0);
      SSL_CTX_set_cipher_list(context, "DEFAULT@SECLEVEL=0");
    }
    if (!options.tls_min_version.empty()) SSL_CTX_set_min_proto_version(context, protocol_version(options.tls_min_version));
    if (!options.tls_max_version.empty()) SSL_CTX_set_max_proto_version(context, protocol_version(options.tls_max_version));
    if (!options.ca_file.empty()) {
      if (SSL_CTX_load_verify_locations(context, options.ca_file.c_str(), nullptr) != 1) {
        throw std::runtime_error("cannot load CA file " + options.ca_file + ": " + openssl_errors());
      }
      SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nullptr);
    }
    if (!options.client_certificate_file.empty()) {
      if (SSL_CTX_use_certificate_chain_file(context, options.client_certificate_file.c_str()) != 1 ||
          SSL_CTX_use_PrivateKey_file(context, options.client_key_file.c_str(), SSL_FILETYPE_PEM) != 1) {
        throw std::runtime_error("cannot load the client certificate: " + openssl_errors());
      }
    }
  }

  void handshake() {
    configure_context();
    ssl = SSL_new(context);
    if (ssl == nullptr || SSL_set_fd(ssl, fd) != 1) throw std::runtime_error("SSL_new failed: " + openssl_errors());
    const bool ip_literal = is_ip_literal(options.server_name);
    if (!ip_literal) SSL_set_tlsext_host_name(ssl, options.server_name.c_str());
    if (!options.ca_file.empty()) {
      if (ip_literal) {
        X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), options.server_name.c_str());
      } else {
        SSL_set1_host(ssl, options.server_name.c_str());
      }
    }
    if (SSL_connect(ssl) != 1) {
      std::string reason = openssl_errors();
      const long verify = SSL_get_verify_result(ssl);
      if (verify != X509_V_OK) reason += " (" + std::string(X509_verify_cert_error_string(verify)) + ")";
      throw std::runtime_error("TLS handshake with " + peer + " failed: " + reason);
    }
  }

  bool send(std::string_view bytes) {
    while (!bytes.empty()) {
      long written = 0;
      if (ssl != nullptr) {
        written = SSL_write(ssl, bytes.data(), static_cast<int>(bytes.size()));
        if (written <= 0) ERR_clear_error();
      } else {
        written = ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
        if (written < 0 && errno == EINTR) continue;
      }
      if (written <= 0) return false;
      bytes.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
  }

  bool wait_readable(clock::time_point deadline) {
    if (ssl != nullptr && SSL_pending(ssl) > 0) return true;
    for (;;) {
      const auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - clock::now());
      if (remaining.count() <= 0) return false;
      pollfd descriptor{fd, POLLIN, 0};
      const int ready = ::poll(&descriptor, 1, static_cast<int>(remaining.count()));
      if (ready > 0) return true;
      if (ready == 0) return false;
      if (errno != EINTR) return true;  // let the read report the error
    }
  }

  read_outcome read_some(clock::time_point deadline) {
    if (closed) return read_outcome::closed;
    if (!wait_readable(deadline)) return read_outcome::timed_out;
    std::array<char, 16 * 1024> buffer{};
    if (ssl != nullptr) {
      const int got = SSL_read(ssl, buffer.data(), static_cast<int>(buffer.size()));
      if (got > 0) {
        received.append(buffer.data(), static_cast<std::size_t>(got));
        return read_outcome::progress;
      }
      const int error = SSL_get_error(ssl, got);
      ERR_clear_error();
      if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE) return read_outcome::progress;
    } else {
      const ssize_t got = ::recv(fd, buffer.data(), buffer.size(), 0);
      if (got > 0) {
        received.append(buffer.data(), static_cast<std::size_t>(got));
        return read_outcome::progress;
      }
      if (got < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK)) return read_outcome::progress;
    }
    closed = true;  // orderly close, close_notify, reset or TLS error: the peer is gone
    return read_outcome::closed;
  }
};

test_connection::test_connection(std::uint16_t port, connection_options options, std::string host)
    : impl_(std::make_unique<impl>()) {
  std::signal(SIGPIPE, SIG_IGN);  // OpenSSL writes with write(2): a closed peer must not kill the test
  impl_->options = std::move(options);
  impl_->peer = host + ":" + std::to_string(port);
  impl_->fd = connect_to(host, port, impl_->options.timeout);
  if (impl_->options.tls) impl_->handshake();
}

test_connection::~test_connection() = default;

bool test_connection::send(std::string_view bytes) { return impl_->send(bytes); }

test_response test_connection::read_response() {
  const auto deadline = clock::now() + impl_->options.timeout;
  for (;;) {
    std::size_t used = 0;
    if (auto response = parse_http_response(impl_->received, impl_->closed, &used)) {
      impl_->received.erase(0, used);
      return std::move(*response);
    }
    if (impl_->closed) {
      throw std::runtime_error("connection to " + impl_->peer + " closed before a complete response (" +
                               std::to_string(impl_->received.size()) + " bytes received)");
    }
    if (impl_->read_some(deadline) == read_outcome::timed_out) {
      throw std::runtime_error("timed out waiting for a response from " + impl_->peer);
    }
  }
}

bool test_connection::wait_until_closed(std::chrono::milliseconds timeout) {
  const auto deadline = clock::now() + timeout;
  for (;;) {
    switch (impl_->read_some(deadline)) {
      case read_outcome::closed:
        return true;
      case read_outcome::timed_out:
        return false;
      case read_outcome::progress:
        break;
    }
  }
}

bool test_connection::read_more(std::chrono::milliseconds timeout) {
  return impl_->read_some(clock::now() + timeout) == read_outcome::progress;
}

const std::string& test_connection::received() const { return impl_->received; }

bool test_connection::closed_by_peer() const { return impl_->closed; }

std::string test_connection::tls_version() const {
  return impl_->ssl != nullptr ? SSL_get_version(impl_->ssl) : std::string();
}

}  // namespace casegw::test_support
