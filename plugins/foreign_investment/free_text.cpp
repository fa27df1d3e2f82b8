#include "free_text.hpp"

#include <casegw/sdk/field_errors.hpp>

namespace casegw::foreign_investment {

namespace {

bool is_control(char c) noexcept { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; }

}  // namespace

void require_single_line(const std::string& key, std::string_view text) {
  for (char c : text)
    if (is_control(c)) throw sdk::invalid_field(key, "must be one line without control characters");
}

std::string normalized_paragraphs(const std::string& key, std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;  // CRLF is one break; a lone CR too
    } else if (c == '\n' || c == '\t' || !is_control(c)) {
      out += c;
    } else {
      throw sdk::invalid_field(key, "holds a control character other than a tab or a line break");
    }
  }
  return out;
}

}  // namespace casegw::foreign_investment
