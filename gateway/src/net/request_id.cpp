#include "net/request_id.hpp"

#include <openssl/rand.h>

#include <array>
#include <stdexcept>

namespace casegw::net {

std::string new_request_id() {
  std::array<unsigned char, 8> random{};
  if (RAND_bytes(random.data(), static_cast<int>(random.size())) != 1) {
    throw std::runtime_error("OpenSSL RAND_bytes failed to produce a request id");
  }
  static constexpr char hex[] = "0123456789abcdef";
  std::string id;
  id.reserve(random.size() * 2);
  for (unsigned char byte : random) {
    id.push_back(hex[byte >> 4]);
    id.push_back(hex[byte & 0x0f]);
  }
  return id;
}

}  // namespace casegw::net
