// Internal to net/ (includes Asio): the OpenSSL context of the outbound client.
#pragma once

#include "net/http_client.hpp"

#include <boost/asio/ssl/context.hpp>

namespace casegw::net {

// TLS 1.2+, peer verification against ca_file (or the system's default paths), optional
// client certificate. Host names are checked per connection (see http_client.cpp).
// Throws std::runtime_error naming the file that cannot be used.
boost::asio::ssl::context make_client_tls_context(const client_tls& settings);

}  // namespace casegw::net
