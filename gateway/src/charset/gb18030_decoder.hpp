// GBK, GB2312 and GB18030 bodies, all decoded with glibc's strict GB18030 converter.
#pragma once

#include <string_view>

#include "charset/charset_name.hpp"
#include "charset/conversion_result.hpp"

namespace casegw::charset {

// `declared` is gbk or gb18030: it names the charset in error messages, and gbk additionally
// accepts CP936's single byte 0x80 as U+20AC (the euro sign Windows senders emit; not valid GB18030).
conversion_result decode_gb18030(std::string_view bytes, charset_name declared);

}  // namespace casegw::charset
