// HMAC over the gateway's two digests: SHA-256 (the international default) and SM3 (国密,
// GB/T 32905, for channels that must use commercial cryptography under 密码法).
#pragma once

#include <string>
#include <string_view>

namespace casegw::auth {

enum class mac_algorithm { hmac_sha256, hmac_sm3 };

// "HMAC-SHA256" / "HMAC-SM3", for messages and config errors.
std::string_view mac_algorithm_name(mac_algorithm algorithm) noexcept;

// The raw MAC bytes (32 for both). Throws std::runtime_error only if OpenSSL fails (e.g. a
// provider without SM3), which is a deployment error, never a verdict on the request.
std::string compute_mac(mac_algorithm algorithm, std::string_view key, std::string_view message);

}  // namespace casegw::auth
