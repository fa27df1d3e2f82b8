// The parts of an outbound http:// or https:// URL that the client needs.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace casegw::net {

struct client_url {
  bool tls = false;
  std::string host;         // name or IP literal, without IPv6 brackets: what TLS verifies
  std::uint16_t port = 0;   // explicit, or 80 / 443
  std::string host_header;  // the Host field: host as written, plus ":port" when given
  std::string target;       // origin-form: path (at least "/") and query
};

// Throws std::invalid_argument saying what is wrong (scheme, host, port).
client_url parse_client_url(std::string_view url);

}  // namespace casegw::net
