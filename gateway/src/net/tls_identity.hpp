// Loading a certificate chain and its private key (PEM) into an OpenSSL context: the server's
// identity, or the client certificate of mutual TLS. Errors name the file and say why.
#pragma once

#include <openssl/ssl.h>

#include <string>

namespace casegw::net {

// Throws std::runtime_error naming the file that is missing, unreadable or does not match.
void load_tls_identity(SSL_CTX* context, const std::string& certificate_file, const std::string& private_key_file);

}  // namespace casegw::net
