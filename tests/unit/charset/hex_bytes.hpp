// Hex <-> bytes for the charset tests: expected encodings are written as the hex that
// `printf '%s' TEXT | iconv -f UTF-8 -t GB18030 | xxd -p` printed once (glibc 2.36).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace casegw::charset::test {

inline std::string bytes_from_hex(std::string_view hex) {
  auto nibble = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) out.push_back(static_cast<char>(nibble(hex[i]) * 16 + nibble(hex[i + 1])));
  return out;
}

inline std::string hex_from_bytes(std::string_view bytes) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  for (const char c : bytes) {
    out.push_back(digits[static_cast<unsigned char>(c) >> 4]);
    out.push_back(digits[static_cast<unsigned char>(c) & 0x0F]);
  }
  return out;
}

}  // namespace casegw::charset::test
