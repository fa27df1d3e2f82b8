#include "uri_encoding.hpp"

namespace casegw::state_council {

namespace {

bool passes_unencoded(unsigned char c) noexcept {
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;  // ASCII letters, either case
  if (c >= '0' && c <= '9') return true;
  return c == '-' || c == '.' || c == '_' || c == '~';
}

}  // namespace

std::string uri_encoded(std::string_view value) {
  constexpr std::string_view hex_digits = "0123456789ABCDEF";
  std::string encoded;
  encoded.reserve(value.size());
  for (const unsigned char c : value) {
    if (passes_unencoded(c)) {
      encoded.push_back(static_cast<char>(c));
      continue;
    }
    encoded.append({'%', hex_digits[c / 16], hex_digits[c % 16]});
  }
  return encoded;
}

}  // namespace casegw::state_council
