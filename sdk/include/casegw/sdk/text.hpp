// Rules for free text and codes in a wire payload. Lengths are counted in characters (Unicode
// code points), as the unified case's JSON Schema counts them: a 200-character Chinese title is
// 600 bytes of UTF-8. Request bodies reach decode() as valid UTF-8, so counting lead bytes is exact.
#pragma once

#include <casegw/sdk/field_errors.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace casegw::sdk {

// Empty, or only ASCII whitespace and the ideographic space U+3000 Chinese input methods type.
inline bool is_blank(std::string_view text) noexcept {
  constexpr std::string_view ideographic_space = "\xE3\x80\x80";
  while (!text.empty()) {
    const char c = text.front();
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      text.remove_prefix(1);
    } else if (text.substr(0, ideographic_space.size()) == ideographic_space) {
      text.remove_prefix(ideographic_space.size());
    } else {
      return false;
    }
  }
  return true;
}

inline std::size_t count_characters(std::string_view utf8) noexcept {
  std::size_t n = 0;
  for (unsigned char c : utf8)
    if ((c & 0xC0) != 0x80) ++n;  // every byte that is not a continuation byte starts a character
  return n;
}

inline bool is_all_digits(std::string_view text) noexcept {
  if (text.empty()) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

// Throws FIELD_TOO_LONG when text has more than max_characters characters.
inline void require_max_length(const std::string& path, std::string_view text, std::size_t max_characters) {
  if (count_characters(text) > max_characters) throw field_too_long(path, max_characters);
}

// The unified case's reference pattern ^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$ (channel.case_ref).
inline bool is_case_reference(std::string_view ref) noexcept {
  const auto alnum = [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  if (ref.empty() || ref.size() > 128 || !alnum(ref.front())) return false;
  for (char c : ref)
    if (!alnum(c) && c != '.' && c != '_' && c != ':' && c != '/' && c != '-') return false;
  return true;
}

}  // namespace casegw::sdk
