// Internal to net/ (includes Asio): the OpenSSL context of an HTTPS server.
#pragma once

#include "net/http_server.hpp"

#include <boost/asio/ssl/context.hpp>

namespace casegw::net {

// TLS 1.2+ (or 1.3 only), forward-secret AEAD ciphers, no compression, no renegotiation.
// Throws std::runtime_error naming the file when the chain or key cannot be used.
boost::asio::ssl::context make_server_tls_context(const tls_settings& settings);

}  // namespace casegw::net
