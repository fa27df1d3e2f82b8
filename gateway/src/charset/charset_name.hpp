// Which character encodings a request body may declare, and how a Content-Type charset label
// maps onto them. Only the encodings Chinese government platforms actually send are accepted.
#pragma once

#include <string_view>

namespace casegw::charset {

enum class charset_name { utf8, gbk, gb18030, unknown };

// Maps a charset label ("UTF-8", "utf8", "GB2312", "gbk", "x-gbk", "CP936", "gb18030", ...) to
// the encoding it names. Labels are matched the WHATWG Encoding Standard way: ASCII
// case-insensitive, surrounding ASCII whitespace ignored. Quotes are the Content-Type parser's
// business and are not stripped here. Anything else is unknown.
charset_name canonical(std::string_view label);

// The name used in messages and logs: "utf-8", "gbk", "gb18030", "unknown".
std::string_view name_of(charset_name charset);

}  // namespace casegw::charset
