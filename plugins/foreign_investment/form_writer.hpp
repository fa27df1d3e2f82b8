// Writes an application/x-www-form-urlencoded body the way browsers do (the WHATWG URL
// Standard's serializer): every byte outside A-Z a-z 0-9 * - . _ is %XX-escaped, a space is
// '+'. Values are UTF-8, so a Chinese character is three escapes; the complaint system reads
// them with the charset the Content-Type declares.
#pragma once

#include <string>
#include <string_view>

namespace casegw::foreign_investment {

class form_writer {
 public:
  form_writer& add(std::string_view name, std::string_view value);
  std::string release() noexcept { return std::move(body_); }

 private:
  void append_escaped(std::string_view text);
  std::string body_;
};

}  // namespace casegw::foreign_investment
