// application/x-www-form-urlencoded bodies (the WHATWG URL Standard's parser, made strict):
// '&'-separated name=value pairs, '+' is a space, %XX a byte. Strict where browsers are
// lenient, because a government form that arrives garbled must be refused, not guessed at:
// a '%' not followed by two hex digits, a name that is empty, or a name that appears twice is
// MALFORMED_BODY / DUPLICATE_FIELD. Decoded bytes must be UTF-8 (the gateway converted a GBK
// body before decode(), and percent-escapes are decoded here, so check them again).
#pragma once

#include <casegw/sdk/field_errors.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace casegw::sdk {

class form_fields {
 public:
  static form_fields parse(std::string_view body) {
    form_fields form;
    while (!body.empty()) {
      const std::size_t amp = body.find('&');
      const std::string_view pair = body.substr(0, amp);
      body = amp == std::string_view::npos ? std::string_view{} : body.substr(amp + 1);
      if (pair.empty()) continue;  // "a=1&&b=2" and a trailing '&' are harmless
      const std::size_t eq = pair.find('=');
      std::string name = decode(pair.substr(0, eq));
      std::string value = eq == std::string_view::npos ? std::string{} : decode(pair.substr(eq + 1));
      if (name.empty()) throw malformed_body("a form: a field has no name");
      if (!form.fields_.emplace(name, std::move(value)).second) throw duplicate_field(std::move(name));
    }
    return form;
  }

  bool has(std::string_view name) const { return fields_.find(std::string(name)) != fields_.end(); }
  // nullopt when absent; a present but blank value is returned as is.
  std::optional<std::string> get(std::string_view name) const {
    const auto it = fields_.find(std::string(name));
    if (it == fields_.end()) return std::nullopt;
    return it->second;
  }
  const std::map<std::string, std::string>& all() const noexcept { return fields_; }

 private:
  static int hex_value(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  }

  static bool is_utf8(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size()) {
      const auto c = static_cast<unsigned char>(s[i]);
      std::size_t extra = 0;
      unsigned cp = 0;
      if (c < 0x80) { ++i; continue; }
      if (c >= 0xC2 && c <= 0xDF) { extra = 1; cp = c & 0x1F; }
      else if (c >= 0xE0 && c <= 0xEF) { extra = 2; cp = c & 0x0F; }
      else if (c >= 0xF0 && c <= 0xF4) { extra = 3; cp = c & 0x07; }
      else return false;
      if (i + extra >= s.size()) return false;
      for (std::size_t k = 1; k <= extra; ++k) {
        const auto d = static_cast<unsigned char>(s[i + k]);
        if ((d & 0xC0) != 0x80) return false;
        cp = (cp << 6) | (d & 0x3F);
      }
      if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
        return false;
      i += extra + 1;
    }
    return true;
  }

  static std::string decode(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '+') {
        out += ' ';
      } else if (text[i] == '%') {
        const int hi = i + 2 < text.size() ? hex_value(text[i + 1]) : -1;
        const int lo = hi >= 0 ? hex_value(text[i + 2]) : -1;
        if (hi < 0 || lo < 0) throw malformed_body("a form: '%' must be followed by two hex digits");
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
      } else {
        out += text[i];
      }
    }
    if (!is_utf8(out)) throw malformed_body("a form in UTF-8 after percent-decoding");
    return out;
  }

  std::map<std::string, std::string> fields_;
};

}  // namespace casegw::sdk
