#include "auth/api_key_verifier.hpp"

#include "crypto/constant_time.hpp"
#include "crypto/sha256.hpp"

#include <algorithm>
#include <stdexcept>

namespace casegw::auth {

api_key_verifier::api_key_verifier(std::vector<secret> keys, std::string header_name)
    : header_name_(std::move(header_name)) {
  if (keys.empty()) throw std::invalid_argument("api_key_verifier: at least one key is required");
  if (header_name_.empty()) throw std::invalid_argument("api_key_verifier: the header name is empty");
  for (const auto& key : keys) {
    if (key.empty()) throw std::invalid_argument("api_key_verifier: a key is empty");
    key_digests_.push_back(crypto::sha256_hex(key.reveal()));
  }
}

verify_result api_key_verifier::verify(std::optional<std::string_view> presented) const {
  if (!presented) return verify_result::rejected(signature_error::missing, "header " + header_name_ + " is absent");
  if (presented->empty()) return verify_result::rejected(signature_error::malformed, "header " + header_name_ + " is empty");
  // Comparing fixed-length digests instead of the keys themselves keeps the comparison
  // constant-time even in the key's length, which a plain comparison would reveal.
  const auto presented_digest = crypto::sha256_hex(*presented);
  bool matched = false;
  for (const auto& digest : key_digests_) matched |= crypto::constant_time_equal(presented_digest, digest);
  if (!matched) return verify_result::rejected(signature_error::signature, "header " + header_name_ + " does not match");
  return verify_result::accepted();
}

}  // namespace casegw::auth
