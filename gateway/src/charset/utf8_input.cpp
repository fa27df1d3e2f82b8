#include "charset/utf8_input.hpp"

#include <array>
#include <optional>
#include <string>

#include "charset/conversion_errors.hpp"
#include "unified_case/utf8.hpp"

namespace casegw::charset {
namespace {

using unified_case::is_valid_utf8;

// Facts about UTF-8 the bisection relies on (e = offset of the first invalid sequence):
//  (a) the valid prefixes of a text are exactly its sequence boundaries up to e, so e is the length
//      of the longest valid prefix;
//  (b) cutting a text anywhere after e leaves a piece whose first error is still e;
//  (c) a cut at a byte that is not a continuation byte (10xxxxxx) gives a valid left piece iff the
//      cut is at or before e, and then the right piece starts a fresh sequence;
//  (d) no valid sequence has four continuation bytes in a row.

bool is_continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

constexpr std::size_t bisection_floor = 8;  // pieces this short are searched directly, by (a)
constexpr std::size_t cut_window = 3;       // how far from the middle a cut may move, by (d)

// A byte position that is not a continuation byte within cut_window of the middle, nearest first.
std::optional<std::size_t> cut_near_middle(std::string_view piece) {
  const std::size_t middle = piece.size() / 2;
  for (std::size_t distance = 0; distance <= cut_window; ++distance) {
    if (!is_continuation(piece[middle + distance])) return middle + distance;
    if (!is_continuation(piece[middle - distance])) return middle - distance;
  }
  return std::nullopt;
}

std::size_t longest_valid_prefix(std::string_view piece) {
  std::size_t length = piece.size();
  while (length > 0 && !is_valid_utf8(piece.substr(0, length))) --length;
  return length;
}

}  // namespace

std::size_t first_invalid_utf8_offset(std::string_view text) {
  std::size_t piece_start = 0;
  while (text.size() > bisection_floor) {
    const std::optional<std::size_t> cut = cut_near_middle(text);
    if (!cut) {
      // Seven continuation bytes around the middle: the error is at or before the middle, by (d);
      // keep the left half, by (b).
      text = text.substr(0, text.size() / 2 + 1);
    } else if (!is_valid_utf8(text.substr(0, *cut))) {
      text = text.substr(0, *cut);  // by (c) and (b); the cut is never 0 past the floor
    } else {
      piece_start += *cut;  // by (c)
      text = text.substr(*cut);
    }
  }
  return piece_start + longest_valid_prefix(text);
}

namespace {

// Whether the invalid tail starting at the first error could still become valid with more bytes:
// a body cut off mid-character. Tries every continuation byte a second byte may need
// (E0 needs A0.., F0 needs 90.., ED and F4 need ..8F).
bool is_truncated_sequence(std::string_view tail) {
  if (tail.size() >= 4) return false;
  for (const char filler : std::array<char, 3>{'\x80', '\x90', '\xA0'}) {
    std::string completed(tail);
    for (std::size_t added = 0; added < 3; ++added) {
      completed.push_back(filler);
      if (is_valid_utf8(completed)) return true;
    }
  }
  return false;
}

}  // namespace

conversion_result accept_utf8(std::string_view bytes) {
  if (is_valid_utf8(bytes)) return conversion_result{std::string(bytes), std::nullopt};
  const std::size_t offset = first_invalid_utf8_offset(bytes);
  if (is_truncated_sequence(bytes.substr(offset))) return truncated_sequence(charset_name::utf8, offset);
  return invalid_sequence(charset_name::utf8, offset);
}

}  // namespace casegw::charset
