// The outcome of turning a request body into UTF-8: the text, or why the body was refused.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace casegw::charset {

// Error codes, as the HTTP error body will carry them (intake maps them to 400 and 415).
inline constexpr std::string_view invalid_encoding_code = "INVALID_ENCODING";      // bad or truncated bytes
inline constexpr std::string_view unsupported_charset_code = "UNSUPPORTED_CHARSET";  // label not accepted

struct conversion_error {
  std::string code;               // one of the codes above
  std::size_t byte_offset = 0;    // into the raw body: where the offending sequence starts
  std::string message;            // names the charset and the offset, never the body's bytes
};

struct conversion_result {
  std::string text;                        // valid UTF-8 when ok(); empty otherwise
  std::optional<conversion_error> error;

  bool ok() const { return !error.has_value(); }
};

}  // namespace casegw::charset
