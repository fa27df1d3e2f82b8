// SHA-256 digests of payloads and canonical case text (fingerprints, raw-payload audit).
#pragma once

#include <string>
#include <string_view>

namespace casegw::crypto {

// Lowercase hex SHA-256 of the bytes (64 characters). Throws std::runtime_error only if
// OpenSSL itself fails.
std::string sha256_hex(std::string_view bytes);

}  // namespace casegw::crypto
