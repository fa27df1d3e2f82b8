// What the webhook authenticator needs from a signature scheme (HMAC-SHA256, HMAC-SM3, SM2):
// given the canonical bytes and the signature header value, accept or say why not. A
// channel's config picks one scheme; the authenticator never knows which.
#pragma once

#include "auth/signature_error.hpp"

#include <string_view>

namespace casegw::auth {

class signature_verifier {
 public:
  virtual ~signature_verifier() = default;

  // signed_bytes: canonical_signing_string(...); signature_header_value: X-Casegw-Signature.
  // Returns AUTH_MALFORMED or AUTH_SIGNATURE on failure. Safe to call from several threads.
  virtual verify_result verify(std::string_view signed_bytes, std::string_view signature_header_value) const = 0;
};

}  // namespace casegw::auth
