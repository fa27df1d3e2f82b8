#include "charset/to_utf8.hpp"

#include "charset/conversion_errors.hpp"
#include "charset/gb18030_decoder.hpp"
#include "charset/utf8_input.hpp"

namespace casegw::charset {

conversion_result to_utf8(std::string_view bytes, charset_name from) {
  switch (from) {
    case charset_name::utf8: return accept_utf8(bytes);
    case charset_name::gbk:
    case charset_name::gb18030: return decode_gb18030(bytes, from);
    case charset_name::unknown: break;
  }
  return unsupported_charset();
}

}  // namespace casegw::charset
