// Decoding of the textual signature a header carries: lowercase (or uppercase) hex, or
// standard base64 (RFC 4648 §4, padding optional). Encoding is crypto::to_hex; base64 is
// needed only here, so it lives here.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace casegw::auth {

// Strict: any character outside the alphabet (including whitespace) gives nullopt.
std::optional<std::string> decode_hex(std::string_view text);
std::optional<std::string> decode_base64(std::string_view text);

// The rule every verifier applies to one signature value: an even-length string made only of
// hex digits is hex, anything else is base64. The two never collide for the lengths we meet:
// padded base64 ends in '=', and base64 of a DER signature starts with 'M' (0x30).
std::optional<std::string> decode_signature_text(std::string_view text);

// Standard base64 with padding; used by tests and by the push-back signer to come.
std::string encode_base64(std::string_view bytes);

}  // namespace casegw::auth
