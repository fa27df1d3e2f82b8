// Verifies an HMAC-SHA256 or HMAC-SM3 webhook signature over the canonical bytes
// (canonical_string.hpp). Constant-time comparison; the caller passes the raw body, before
// any parsing or charset conversion.
#pragma once

#include "auth/mac.hpp"
#include "auth/secret.hpp"
#include "auth/signature_verifier.hpp"

#include <vector>

namespace casegw::auth {

class mac_verifier final : public signature_verifier {
 public:
  // One or more shared secrets: while the channel rotates its key the gateway holds both the
  // old and the new one. Throws std::invalid_argument when there is none or one is empty.
  mac_verifier(mac_algorithm algorithm, std::vector<secret> secrets);

  verify_result verify(std::string_view signed_bytes, std::string_view signature_header_value) const override;

  mac_algorithm algorithm() const noexcept { return algorithm_; }

 private:
  mac_algorithm algorithm_;
  std::vector<secret> secrets_;
};

}  // namespace casegw::auth
