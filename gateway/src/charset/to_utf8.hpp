// Strict conversion of a request body to UTF-8: the only entry point the intake needs.
#pragma once

#include <string_view>

#include "charset/charset_name.hpp"
#include "charset/conversion_result.hpp"

namespace casegw::charset {

// Converts `bytes`, declared to be in `from`, to UTF-8.
//   utf8           validated and copied unchanged;
//   gbk, gb18030   decoded with the GB18030 decoder (a superset of GBK and GB2312; see
//                  docs/charsets.md), plus CP936's single byte 0x80 = U+20AC for gbk;
//   unknown        refused with UNSUPPORTED_CHARSET.
// Invalid or truncated sequences are refused with INVALID_ENCODING and the byte offset where the
// offending sequence starts; nothing is ever replaced with U+FFFD or dropped. Work is linear in
// the input size. Thread-safe: no state is shared between calls.
// Throws std::system_error only when the platform cannot convert at all (gconv modules missing),
// a deployment fault rather than a fault of the request.
conversion_result to_utf8(std::string_view bytes, charset_name from);

}  // namespace casegw::charset
