#include "auth/mac_verifier.hpp"

#include "auth/candidate_matching.hpp"
#include "crypto/constant_time.hpp"

#include <openssl/crypto.h>

#include <algorithm>
#include <stdexcept>

namespace casegw::auth {
namespace {

// Expected MACs are secret-derived; wipe them once the request is decided.
struct expected_macs {
  std::vector<std::string> values;
  ~expected_macs() {
    for (auto& value : values) OPENSSL_cleanse(value.data(), value.size());
  }
};

}  // namespace

mac_verifier::mac_verifier(mac_algorithm algorithm, std::vector<secret> secrets)
    : algorithm_(algorithm), secrets_(std::move(secrets)) {
  if (secrets_.empty()) throw std::invalid_argument("mac_verifier: at least one secret is required");
  if (std::any_of(secrets_.begin(), secrets_.end(), [](const secret& s) { return s.empty(); })) {
    throw std::invalid_argument("mac_verifier: a secret is empty");
  }
}

verify_result mac_verifier::verify(std::string_view signed_bytes, std::string_view signature_header_value) const {
  expected_macs expected;
  expected.values.reserve(secrets_.size());
  for (const auto& key : secrets_) expected.values.push_back(compute_mac(algorithm_, key.reveal(), signed_bytes));

  const auto mac_length = expected.values.front().size();
  return match_signature_candidates(signature_header_value, [&](std::string_view presented) {
    // A value of the wrong length is not a MAC of this algorithm at all.
    if (presented.size() != mac_length) return candidate_check::undecodable;
    bool matched = false;
    // Compare against every secret, without stopping early, so timing does not tell which
    // key (old or new) a forged value came closest to.
    for (const auto& value : expected.values) matched |= crypto::constant_time_equal(presented, value);
    return matched ? candidate_check::matches : candidate_check::differs;
  });
}

}  // namespace casegw::auth
