// An HTTP response as a test sees it, and the parser that reads one from raw bytes.
#pragma once

#include "net/http_types.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::test_support {

struct test_response {
  int status = 0;
  std::vector<net::http_header> headers;
  std::string body;

  // First header with this name (ASCII case-insensitive), "" when absent.
  std::string header(std::string_view name) const;
  // error.code of the gateway's error body ({"error":{"code":...}}), "" when the body is not one.
  std::string error_code() const;
};

// Parses the first complete response at the start of `bytes` (skipping 1xx interim
// responses). Bodies framed by Content-Length or chunked coding; otherwise the body runs to
// the end of the connection, so it is complete only when `connection_closed`. Returns
// nullopt when more bytes are needed; throws std::runtime_error when the bytes are not HTTP.
// `consumed`, if given, receives the bytes used.
std::optional<test_response> parse_http_response(std::string_view bytes, bool connection_closed = false,
                                                 std::size_t* consumed = nullptr);

}  // namespace casegw::test_support
