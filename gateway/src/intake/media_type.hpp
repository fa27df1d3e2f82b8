// Content-Type parsing for intake: "application/json; charset=UTF-8" -> {application/json, utf-8}.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace casegw::intake {

struct media_type {
  std::string type;     // lowercased "type/subtype"
  std::string charset;  // lowercased charset parameter, "" when absent
};

// nullopt when the header is not a well-formed media type (RFC 9110 §8.3.1).
std::optional<media_type> parse_media_type(std::string_view content_type);

// Charset labels that name the same encoding compare equal ("utf8" is "utf-8").
std::string canonical_charset(std::string_view charset);

}  // namespace casegw::intake
