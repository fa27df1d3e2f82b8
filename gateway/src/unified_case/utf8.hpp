// UTF-8 checks and code-point arithmetic: the unified case limits lengths in characters
// (code points), not bytes, and masking must never cut a Chinese character in half.
#pragma once

#include <cstddef>
#include <string_view>

namespace casegw::unified_case {

// Strict (RFC 3629): no overlong forms, no UTF-16 surrogates (U+D800..U+DFFF), nothing
// above U+10FFFF, no truncated sequences.
bool is_valid_utf8(std::string_view text);

// Code points in valid UTF-8. For invalid input, counts every byte that is not a
// continuation byte, which never exceeds the byte length.
std::size_t count_code_points(std::string_view text);

// The first `count` code points (the whole text when it has fewer).
std::string_view first_code_points(std::string_view text, std::size_t count);

// The last `count` code points (the whole text when it has fewer).
std::string_view last_code_points(std::string_view text, std::size_t count);

}  // namespace casegw::unified_case
