#include "loopback_http_server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>

namespace casegw::testing {

namespace {

int bound_loopback_socket(std::uint16_t& port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    throw std::runtime_error("cannot bind a loopback socket");
  }
  socklen_t length = sizeof address;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  port = ntohs(address.sin_port);
  return fd;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

recorded_request parse_head(std::string_view head) {
  recorded_request request;
  const auto line_end = head.find("\r\n");
  const std::string_view request_line = head.substr(0, line_end);
  const auto first_space = request_line.find(' ');
  const auto second_space = request_line.find(' ', first_space + 1);
  request.method = std::string(request_line.substr(0, first_space));
  request.target = std::string(request_line.substr(first_space + 1, second_space - first_space - 1));
  std::size_t position = line_end + 2;
  while (position < head.size()) {
    auto end = head.find("\r\n", position);
    if (end == std::string_view::npos) end = head.size();
    const std::string_view line = head.substr(position, end - position);
    const auto colon = line.find(':');
    if (colon != std::string_view::npos) {
      request.headers.emplace_back(std::string(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1))));
    }
    position = end + 2;
  }
  return request;
}

const char* reason_phrase(int status) {
  switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 503: return "Service Unavailable";
    default: return "Status";
  }
}

}  // namespace

std::string recorded_request::header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (key.size() == name.size() && ::strncasecmp(key.data(), name.data(), name.size()) == 0) return value;
  }
  return {};
}

loopback_http_server::loopback_http_server(scripted_response response) : response_(std::move(response)) {
  listener_ = bound_loopback_socket(port_);
  ::listen(listener_, 16);
  thread_ = std::thread([this] { serve(); });
}

loopback_http_server::~loopback_http_server() {
  stopping_ = true;
  thread_.join();
  ::close(listener_);
}

std::string loopback_http_server::url(std::string_view path) const {
  return "http://127.0.0.1:" + std::to_string(port_) + std::string(path);
}

std::vector<recorded_request> loopback_http_server::requests() const {
  std::lock_guard lock(mutex_);
  return requests_;
}

void loopback_http_server::serve() {
  while (!stopping_) {
    pollfd waiting{listener_, POLLIN, 0};
    if (::poll(&waiting, 1, 20) <= 0) continue;
    const int connection = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
    if (connection < 0) continue;
    answer(connection);
    ::close(connection);
  }
}

void loopback_http_server::answer(int connection) {
  std::string received;
  char buffer[4096];
  std::size_t head_end = std::string::npos;
  std::size_t body_length = 0;
  for (;;) {
    pollfd readable{connection, POLLIN, 0};
    if (::poll(&readable, 1, 2'000) <= 0) return;
    const ssize_t n = ::read(connection, buffer, sizeof buffer);
    if (n <= 0) return;
    received.append(buffer, static_cast<std::size_t>(n));
    if (head_end == std::string::npos) {
      head_end = received.find("\r\n\r\n");
      if (head_end == std::string::npos) continue;
      const std::string length = parse_head(std::string_view(received).substr(0, head_end)).header("Content-Length");
      body_length = length.empty() ? 0 : std::stoul(length);
    }
    if (received.size() >= head_end + 4 + body_length) break;
  }
  recorded_request request = parse_head(std::string_view(received).substr(0, head_end));
  request.body = received.substr(head_end + 4, body_length);
  {
    std::lock_guard lock(mutex_);
    requests_.push_back(std::move(request));
  }
  std::string reply = "HTTP/1.1 " + std::to_string(response_.status) + " " + reason_phrase(response_.status) + "\r\n";
  for (const auto& [key, value] : response_.headers) reply += key + ": " + value + "\r\n";
  reply += "Content-Length: " + std::to_string(response_.body.size()) + "\r\nConnection: close\r\n\r\n" + response_.body;
  std::string_view rest = reply;
  while (!rest.empty()) {
    const ssize_t n = ::write(connection, rest.data(), rest.size());
    if (n <= 0) return;
    rest.remove_prefix(static_cast<std::size_t>(n));
  }
}

std::uint16_t unused_loopback_port() {
  std::uint16_t port = 0;
  const int fd = bound_loopback_socket(port);
  ::close(fd);  // bound but never listening, and now closed: connecting is refused
  return port;
}

}  // namespace casegw::testing
