#include "unified_case/utf8.hpp"

namespace casegw::unified_case {
namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Length of the sequence a lead byte starts, or 0 for a byte that can never lead
// (continuations, C0/C1 which could only start overlong 2-byte forms, F5..FF beyond U+10FFFF).
std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

// The second byte carries the remaining range restrictions (RFC 3629 table, section 4).
bool second_byte_allowed(unsigned char lead, unsigned char second) {
  switch (lead) {
    case 0xE0: return second >= 0xA0 && second <= 0xBF;  // no overlong 3-byte forms
    case 0xED: return second >= 0x80 && second <= 0x9F;  // no surrogates
    case 0xF0: return second >= 0x90 && second <= 0xBF;  // no overlong 4-byte forms
    case 0xF4: return second >= 0x80 && second <= 0x8F;  // nothing above U+10FFFF
    default: return is_continuation(second);
  }
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = sequence_length(lead);
    if (length == 0 || text.size() - i < length) return false;
    if (length > 1 && !second_byte_allowed(lead, static_cast<unsigned char>(text[i + 1]))) return false;
    for (std::size_t k = 2; k < length; ++k) {
      if (!is_continuation(static_cast<unsigned char>(text[i + k]))) return false;
    }
    i += length;
  }
  return true;
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) count += !is_continuation(static_cast<unsigned char>(c));
  return count;
}

std::string_view first_code_points(std::string_view text, std::size_t count) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_continuation(static_cast<unsigned char>(text[i]))) continue;
    if (seen == count) return text.substr(0, i);
    ++seen;
  }
  return text;
}

std::string_view last_code_points(std::string_view text, std::size_t count) {
  if (count == 0) return text.substr(text.size());
  std::size_t seen = 0;
  for (std::size_t i = text.size(); i > 0; --i) {
    if (is_continuation(static_cast<unsigned char>(text[i - 1]))) continue;
    if (++seen == count) return text.substr(i - 1);
  }
  return text;
}

}  // namespace casegw::unified_case
