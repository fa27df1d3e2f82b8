#include "charset/iconv_converter.hpp"

#include <cerrno>
#include <string>
#include <system_error>

namespace casegw::charset {
namespace {

const iconv_t failed_descriptor = reinterpret_cast<iconv_t>(-1);

}  // namespace

iconv_converter::iconv_converter(const char* to_code, const char* from_code)
    : descriptor_(iconv_open(to_code, from_code)) {
  if (descriptor_ == failed_descriptor) {
    throw std::system_error(errno, std::generic_category(),
                            std::string("iconv_open from ") + from_code + " to " + to_code);
  }
}

iconv_converter::~iconv_converter() { iconv_close(descriptor_); }

}  // namespace casegw::charset
