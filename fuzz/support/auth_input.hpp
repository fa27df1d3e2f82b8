// Input layout of the authentication targets and the checks they share. Input: the signature
// header value, a newline, then the signed bytes (everything after the first '\n'; no newline:
// the whole input is the header and nothing is signed).
#pragma once

#include "auth/signature_error.hpp"
#include "auth/signature_header.hpp"
#include "crypto/hex.hpp"
#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace casegw::fuzz {

struct signed_request {
  std::string_view header;  // X-Casegw-Signature as sent
  std::string_view bytes;   // the canonical bytes the signature is over
};

inline signed_request split_signed_request(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto newline = input.find('\n');
  if (newline == std::string_view::npos) return {input, {}};
  return {input.substr(0, newline), input.substr(newline + 1)};
}

inline std::string hex_of(std::string_view bytes) {
  return crypto::to_hex(std::span(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()));
}

// How many entries the gateway accepts in a header before calling it malformed.
inline std::size_t header_entries(std::string_view header) {
  std::size_t entries = 0;
  bool in_entry = false;
  for (const char c : header) {
    if (c != ' ' && !in_entry) ++entries;
    in_entry = c != ' ';
  }
  return entries;
}

// A refusal of a signature check: AUTH_MALFORMED or AUTH_SIGNATURE only, and a message that
// repeats neither the signature header nor the signed bytes (it reaches unauthenticated peers).
inline void check_signature_refusal(const auth::verify_result& result, const signed_request& request) {
  const auto code = auth::error_code(result.error());
  CASEGW_FUZZ_REQUIRE(code == "AUTH_MALFORMED" || code == "AUTH_SIGNATURE", "a signature is refused as malformed or wrong");
  CASEGW_FUZZ_REQUIRE(auth::http_status(result.error()) == 401, "an authentication failure is 401");
  CASEGW_FUZZ_REQUIRE(!result.message().empty(), "a refusal says why");
  CASEGW_FUZZ_REQUIRE(!repeats_input(result.message(), request.header, 12), "a refusal repeats the signature header");
  CASEGW_FUZZ_REQUIRE(!repeats_input(result.message(), request.bytes), "a refusal repeats the signed bytes");
}

}  // namespace casegw::fuzz
