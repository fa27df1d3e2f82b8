// The verified client certificate of a mutual-TLS connection, as the auth stage needs it:
// who (subject) and exactly which certificate (SHA-256 fingerprint, for pinning).
#pragma once

#include <openssl/ssl.h>

#include <string>

namespace casegw::net {

struct peer_certificate {
  std::string subject;  // RFC 2253, e.g. "CN=city-portal,O=Chongqing"; "" when none was presented
  std::string sha256;   // lowercase hex of the DER encoding
};

// Call after a successful handshake (OpenSSL has then verified the chain if one was sent).
peer_certificate verified_peer_certificate(SSL* connection);

}  // namespace casegw::net
