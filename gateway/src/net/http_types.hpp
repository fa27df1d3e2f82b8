// HTTP messages as the rest of the gateway sees them: plain structs, no Beast or Asio types,
// so that intake, admin and delivery compile without the cost of Beast.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::net {

struct http_header {
  std::string name;
  std::string value;
};

// The request line and header block, handed to the handler before the body is read.
struct http_request_head {
  std::string method;   // "POST"
  std::string target;   // origin-form, e.g. "/v1/channels/city_portal/cases?x=1"
  std::vector<http_header> headers;
  std::optional<std::size_t> content_length;  // absent when not given
  bool chunked = false;
  std::string remote_address;
  std::string request_id;  // assigned by the server, unique per request
  // Mutual TLS: the client certificate the server verified against tls_settings::client_ca_file;
  // both "" when none was presented (or the listener does not ask for one).
  std::string client_certificate_subject{};  // RFC 2253, e.g. "CN=city-portal,O=..."
  std::string client_certificate_sha256{};   // lowercase hex fingerprint of the DER certificate

  // First header with this name (ASCII case-insensitive), or "" when absent.
  std::string_view header(std::string_view name) const noexcept;
  // The target without its query string.
  std::string_view path() const noexcept;
};

struct http_request {
  http_request_head head;
  std::string body;
  std::shared_ptr<const void> context;  // what on_header put in its verdict, handed back
};

struct http_response {
  int status = 200;
  std::vector<http_header> headers;  // Content-Type/Length are set by the server from the fields below
  std::string content_type = "application/json";
  std::string body;
  bool close_connection = false;
  std::string error_code{};  // the code of an error body (error_response sets it), for logs and metrics
};

// Answers exactly once, from any thread.
using responder = std::function<void(http_response)>;

// What the handler decides once the header block is known.
struct header_verdict {
  std::optional<http_response> reject;  // answer now, without reading the body
  std::size_t body_limit = 0;           // maximum body bytes to read (0 = the server's default)
  // The handler's state for this request, given back in http_request::context: what was
  // decided on the header (e.g. the configuration it was judged by) still holds for the body.
  std::shared_ptr<const void> context;
};

class request_handler {
 public:
  virtual ~request_handler() = default;
  virtual header_verdict on_header(const http_request_head& head) = 0;
  virtual void on_request(http_request request, responder respond) = 0;
};

}  // namespace casegw::net
