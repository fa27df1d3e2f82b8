// A static API key sent in a header, for channels that can do nothing better. Weakest of the
// schemes (no body integrity, no replay protection): pair it with mutual TLS or an allow-list
// where possible.
#pragma once

#include "auth/secret.hpp"
#include "auth/signature_error.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::auth {

inline constexpr std::string_view default_api_key_header = "X-Casegw-Api-Key";

class api_key_verifier {
 public:
  // One or more accepted keys (old and new during rotation). Throws std::invalid_argument when
  // there is none, one is empty, or the header name is empty.
  explicit api_key_verifier(std::vector<secret> keys, std::string header_name = std::string(default_api_key_header));

  // The header the caller must read for us; names are case-insensitive in HTTP.
  const std::string& header_name() const noexcept { return header_name_; }

  // presented: the header value, nullopt when absent (AUTH_MISSING). Empty is AUTH_MALFORMED;
  // a wrong key is AUTH_SIGNATURE.
  verify_result verify(std::optional<std::string_view> presented) const;

 private:
  std::vector<std::string> key_digests_;  // SHA-256 of each key, see verify()
  std::string header_name_;
};

}  // namespace casegw::auth
