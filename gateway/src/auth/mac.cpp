#include "auth/mac.hpp"

#include <openssl/evp.h>

#include <stdexcept>
#include <string>

namespace casegw::auth {
namespace {

const char* openssl_digest_name(mac_algorithm algorithm) noexcept {
  return algorithm == mac_algorithm::hmac_sm3 ? "SM3" : "SHA256";
}

}  // namespace

std::string_view mac_algorithm_name(mac_algorithm algorithm) noexcept {
  return algorithm == mac_algorithm::hmac_sm3 ? "HMAC-SM3" : "HMAC-SHA256";
}

std::string compute_mac(mac_algorithm algorithm, std::string_view key, std::string_view message) {
  // EVP_Q_mac is the one-shot form of EVP_MAC "HMAC" with the digest as its parameter; it
  // fetches from the default provider, which carries SM3 in OpenSSL 3.0.
  unsigned char out[EVP_MAX_MD_SIZE];
  std::size_t length = 0;
  // HMAC with an empty key is defined, but OpenSSL wants a non-null pointer.
  static const unsigned char empty_key = 0;
  const auto* key_bytes = key.empty() ? &empty_key : reinterpret_cast<const unsigned char*>(key.data());
  const auto* result = EVP_Q_mac(nullptr, "HMAC", nullptr, openssl_digest_name(algorithm), nullptr, key_bytes,
                                 key.size(), reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                                 out, sizeof out, &length);
  if (result == nullptr) {
    throw std::runtime_error(std::string("compute_mac: OpenSSL failed for ") +
                             std::string(mac_algorithm_name(algorithm)));
  }
  return std::string(reinterpret_cast<const char*>(out), length);
}

}  // namespace casegw::auth
