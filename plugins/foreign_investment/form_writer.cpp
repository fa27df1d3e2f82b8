#include "form_writer.hpp"

namespace casegw::foreign_investment {

namespace {

bool passes_unescaped(unsigned char c) noexcept {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '*' || c == '-' || c == '.' ||
         c == '_';
}

}  // namespace

form_writer& form_writer::add(std::string_view name, std::string_view value) {
  if (!body_.empty()) body_ += '&';
  append_escaped(name);
  body_ += '=';
  append_escaped(value);
  return *this;
}

void form_writer::append_escaped(std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  for (unsigned char c : text) {
    if (passes_unescaped(c)) {
      body_ += static_cast<char>(c);
    } else if (c == ' ') {
      body_ += '+';
    } else {
      body_ += '%';
      body_ += hex[c >> 4];
      body_ += hex[c & 0x0F];
    }
  }
}

}  // namespace casegw::foreign_investment
