// Cryptographically secure random bytes from OpenSSL's DRBG: case ids, tokens, backoff jitter.
#pragma once

#include <cstddef>
#include <span>
#include <string>

namespace casegw::crypto {

// Fills the buffer. Throws std::runtime_error when the generator cannot be seeded; callers
// must never fall back to a weaker source.
void random_bytes(std::span<unsigned char> out);

// `bytes` random bytes as lowercase hex (2 * bytes characters).
std::string random_hex(std::size_t bytes);

}  // namespace casegw::crypto
