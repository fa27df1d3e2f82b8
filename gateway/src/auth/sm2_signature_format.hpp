// SM2 signatures travel in two shapes: DER SEQUENCE { r INTEGER, s INTEGER } (what OpenSSL
// and GM/T 0009 produce, 70-72 bytes) and raw r||s (two 32-byte big-endian integers, what
// many Chinese SDKs send). OpenSSL verifies only DER, so raw is converted first.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace casegw::auth {

inline constexpr std::size_t sm2_raw_signature_size = 64;

// DER bytes for a decoded signature: strict DER is returned unchanged, 64 bytes that are not
// DER are taken as r||s, anything else gives nullopt.
std::optional<std::string> sm2_signature_to_der(std::string_view decoded);

// The reverse (r||s, each left-padded to 32 bytes), for tests and interop tools.
std::optional<std::string> sm2_signature_to_raw(std::string_view der);

}  // namespace casegw::auth
