// Rules for the free text and the codes of a city portal payload. Lengths are counted in
// characters (Unicode code points), as the unified case's JSON Schema counts them: a
// 200-character Chinese title is 600 bytes of UTF-8. The body is known to be valid UTF-8
// (Boost.JSON refuses anything else), so counting lead bytes is exact.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace casegw::city_portal {

// Empty, or only ASCII whitespace and the ideographic space U+3000 that Chinese input
// methods type.
bool is_blank(std::string_view text) noexcept;

std::size_t count_characters(std::string_view utf8) noexcept;

bool is_all_digits(std::string_view text) noexcept;

// Throws INVALID_FIELD when text has more than max_characters characters.
void require_max_length(const std::string& path, std::string_view text, std::size_t max_characters);

}  // namespace casegw::city_portal
