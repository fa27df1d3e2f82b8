#include "form_body.hpp"

#include <casegw/sdk/field_errors.hpp>

namespace casegw::foreign_investment {

namespace {

constexpr std::string_view utf8_byte_order_mark = "\xEF\xBB\xBF";

bool is_legacy_chinese_charset(std::string_view charset) noexcept { return charset == "gbk" || charset == "gb18030"; }

int hex_digit(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// A form is name=value pairs; a body without them is most often JSON or XML sent under the
// form media type, which the SDK parser would read as one nameless-value field.
void require_pairs(std::string_view body) {
  bool any = false;
  while (!body.empty()) {
    const std::size_t amp = body.find('&');
    const std::string_view pair = body.substr(0, amp);
    body = amp == std::string_view::npos ? std::string_view{} : body.substr(amp + 1);
    if (pair.empty()) continue;
    if (pair.find('=') == std::string_view::npos) throw sdk::malformed_body("a form: every field must be written name=value");
    any = true;
  }
  if (!any) throw sdk::malformed_body("a form: it holds no field");
}

// In a GB18030 form the relay sends characters as raw bytes, which the gateway converted. A
// percent-escaped byte above 0x7F would be a GB18030 byte the conversion never saw: read as
// UTF-8 it is refused at best and silently garbled at worst (%C3%A9 is 茅 in GB18030 but é in
// UTF-8), so any such escape is refused before one is decoded.
void refuse_escaped_non_ascii(std::string_view body) {
  for (std::size_t at = body.find('%'); at != std::string_view::npos; at = body.find('%', at + 1)) {
    if (at + 1 < body.size() && hex_digit(body[at + 1]) >= 8)
      throw sdk::rejection(sdk::code::malformed_body, "",
                           "a form declared gbk or gb18030 must send non-ASCII characters as bytes of that charset, "
                           "not percent-escaped");
  }
}

}  // namespace

sdk::form_fields parse_form_body(std::string_view body, std::string_view declared_charset) {
  // Some relays put a byte-order mark in front of a UTF-8 body; it is not part of the first name.
  if (body.starts_with(utf8_byte_order_mark)) body.remove_prefix(utf8_byte_order_mark.size());
  require_pairs(body);
  if (is_legacy_chinese_charset(declared_charset)) refuse_escaped_non_ascii(body);
  return sdk::form_fields::parse(body);
}

}  // namespace casegw::foreign_investment
