#include "support/https_test_client.hpp"

#include <charconv>
#include <stdexcept>

namespace casegw::test_support {
namespace {

struct test_url {
  bool tls = false;
  std::string host;
  std::uint16_t port = 0;
  std::string host_header;
  std::string target;
};

// http(s)://host[:port][/path][?query] with an IPv4 literal or "localhost": all tests need.
test_url parse_test_url(std::string_view url) {
  test_url parsed;
  std::string_view rest;
  if (url.substr(0, 8) == "https://") {
    parsed.tls = true;
    rest = url.substr(8);
  } else if (url.substr(0, 7) == "http://") {
    rest = url.substr(7);
  } else {
    throw std::invalid_argument("test URL must start with http:// or https://: " + std::string(url));
  }
  const std::size_t path_start = rest.find('/');
  const std::string_view authority = rest.substr(0, path_start);
  parsed.target = path_start == std::string_view::npos ? "/" : std::string(rest.substr(path_start));
  parsed.host_header = std::string(authority);
  const std::size_t colon = authority.find(':');
  parsed.host = std::string(authority.substr(0, colon));
  parsed.port = parsed.tls ? 443 : 80;
  if (colon != std::string_view::npos) {
    const std::string_view port = authority.substr(colon + 1);
    const auto [end, error] = std::from_chars(port.data(), port.data() + port.size(), parsed.port);
    if (error != std::errc() || end != port.data() + port.size()) {
      throw std::invalid_argument("test URL has a bad port: " + std::string(url));
    }
  }
  return parsed;
}

std::optional<test_response> parse_leniently(std::string_view bytes, bool closed) {
  try {
    return parse_http_response(bytes, closed);
  } catch (const std::runtime_error&) {
    return std::nullopt;  // not HTTP: the test looks at the bytes
  }
}

}  // namespace

std::string format_http_request(std::string_view method, std::string_view target, std::string_view host,
                                const std::vector<net::http_header>& headers, std::string_view body,
                                std::string_view content_type) {
  std::string bytes;
  bytes.append(method).append(" ").append(target).append(" HTTP/1.1\r\n");
  bytes.append("Host: ").append(host).append("\r\n");
  for (const auto& field : headers) bytes.append(field.name).append(": ").append(field.value).append("\r\n");
  const bool sends_body = !body.empty() || method == "POST" || method == "PUT" || method == "PATCH";
  if (sends_body) {
    if (!content_type.empty()) bytes.append("Content-Type: ").append(content_type).append("\r\n");
    bytes.append("Content-Length: ").append(std::to_string(body.size())).append("\r\n");
  }
  bytes.append("\r\n").append(body);
  return bytes;
}

https_test_client::https_test_client(test_client_options options) : options_(std::move(options)) {}

std::unique_ptr<test_connection> https_test_client::connect(std::string_view url) const {
  const test_url parsed = parse_test_url(url);
  connection_options connection;
  connection.tls = parsed.tls;
  connection.ca_file = options_.ca_file;
  connection.server_name = parsed.host;
  connection.client_certificate_file = options_.client_certificate_file;
  connection.client_key_file = options_.client_key_file;
  connection.timeout = options_.timeout;
  return std::make_unique<test_connection>(parsed.port, connection, parsed.host);
}

test_response https_test_client::request(std::string_view method, std::string_view url,
                                         const std::vector<net::http_header>& headers, std::string_view body,
                                         std::string_view content_type) const {
  const test_url parsed = parse_test_url(url);
  auto connection = connect(url);
  if (!connection->send(format_http_request(method, parsed.target, parsed.host_header, headers, body, content_type))) {
    throw std::runtime_error("the server closed the connection while the request was being sent");
  }
  return connection->read_response();
}

test_response https_test_client::get(std::string_view url, const std::vector<net::http_header>& headers) const {
  return request("GET", url, headers, {}, {});
}

test_response https_test_client::post(std::string_view url, const std::vector<net::http_header>& headers,
                                      std::string_view body, std::string_view content_type) const {
  return request("POST", url, headers, body, content_type);
}

raw_exchange https_test_client::send_raw(std::string_view url, std::string_view bytes,
                                         std::chrono::milliseconds wait) const {
  using clock = std::chrono::steady_clock;
  const auto deadline = clock::now() + wait;
  auto connection = connect(url);
  connection->send(bytes);  // a server that closes early is part of what the test observes
  raw_exchange exchange;
  for (;;) {
    exchange.response = parse_leniently(connection->received(), connection->closed_by_peer());
    // A response that does not announce a close ends the exchange; otherwise wait for the close.
    const bool keeps_open = exchange.response && exchange.response->header("Connection") != "close";
    const auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - clock::now());
    if (connection->closed_by_peer() || keeps_open || remaining.count() <= 0) break;
    connection->read_more(remaining);
  }
  exchange.closed_by_server = connection->closed_by_peer();
  exchange.bytes = connection->received();
  return exchange;
}

}  // namespace casegw::test_support
