#include "crypto/sha256.hpp"

#include "crypto/hex.hpp"

#include <openssl/evp.h>

#include <stdexcept>

namespace casegw::crypto {

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1) {
    throw std::runtime_error("sha256: OpenSSL EVP_Digest failed");
  }
  return to_hex(std::span<const unsigned char>(digest, length));
}

}  // namespace casegw::crypto
