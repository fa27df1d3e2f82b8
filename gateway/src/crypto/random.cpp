#include "crypto/random.hpp"

#include "crypto/hex.hpp"

#include <openssl/rand.h>

#include <algorithm>
#include <climits>
#include <stdexcept>
#include <vector>

namespace casegw::crypto {

void random_bytes(std::span<unsigned char> out) {
  // RAND_bytes takes an int length; larger buffers are filled in slices.
  while (!out.empty()) {
    const std::size_t slice = std::min<std::size_t>(out.size(), INT_MAX);
    if (RAND_bytes(out.data(), static_cast<int>(slice)) != 1) {
      throw std::runtime_error("random_bytes: OpenSSL RAND_bytes failed (generator not seeded?)");
    }
    out = out.subspan(slice);
  }
}

std::string random_hex(std::size_t bytes) {
  std::vector<unsigned char> buffer(bytes);
  random_bytes(buffer);
  return to_hex(buffer);
}

}  // namespace casegw::crypto
