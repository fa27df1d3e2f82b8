#include "wire_text.hpp"

#include "wire_object.hpp"

namespace casegw::city_portal {

namespace {
constexpr std::string_view ideographic_space = "\xE3\x80\x80";

bool is_ascii_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
}  // namespace

bool is_blank(std::string_view text) noexcept {
  while (!text.empty()) {
    if (is_ascii_space(text.front())) {
      text.remove_prefix(1);
    } else if (text.substr(0, ideographic_space.size()) == ideographic_space) {
      text.remove_prefix(ideographic_space.size());
    } else {
      return false;
    }
  }
  return true;
}

std::size_t count_characters(std::string_view utf8) noexcept {
  std::size_t n = 0;
  for (unsigned char c : utf8)
    if ((c & 0xC0) != 0x80) ++n;  // every byte that is not a continuation byte starts a character
  return n;
}

bool is_all_digits(std::string_view text) noexcept {
  if (text.empty()) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

void require_max_length(const std::string& path, std::string_view text, std::size_t max_characters) {
  if (count_characters(text) > max_characters)
    throw invalid_field(path, "is longer than " + std::to_string(max_characters) + " characters");
}

}  // namespace casegw::city_portal
