// The exact bytes a webhook signature covers (docs/authentication.md, "Signed bytes"):
//
//   <timestamp> "." <nonce> "." <raw body>
//
// timestamp: the X-Casegw-Timestamp header text exactly as received (10 or 13 ASCII digits);
// nonce: the X-Casegw-Nonce header text exactly as received; raw body: the request body bytes
// before any charset conversion or parsing. No trailing newline, no normalisation.
#pragma once

#include <string>
#include <string_view>

namespace casegw::auth {

// 10 digits (seconds) or 13 digits (milliseconds) since the Unix epoch, nothing else.
bool timestamp_is_well_formed(std::string_view timestamp) noexcept;

// 8 to 128 characters of [A-Za-z0-9_-]: long enough to be unique per sender, and never a
// '.', so that the delimiter cannot be moved between fields (delimiter injection).
bool nonce_is_well_formed(std::string_view nonce) noexcept;

// Callers check both fields first; the function itself only concatenates.
std::string canonical_signing_string(std::string_view timestamp, std::string_view nonce,
                                     std::string_view raw_body);

}  // namespace casegw::auth
