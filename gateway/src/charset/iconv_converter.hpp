// RAII for one glibc iconv conversion descriptor. Internal to the charset stage: only the .cpp
// files include it, so no public header carries iconv types.
#pragma once

#include <iconv.h>

namespace casegw::charset {

class iconv_converter {
 public:
  // Strict codes only: callers never pass //IGNORE or //TRANSLIT, which drop or approximate
  // characters. Throws std::system_error when glibc has no such conversion (missing gconv module).
  iconv_converter(const char* to_code, const char* from_code);
  ~iconv_converter();

  iconv_converter(const iconv_converter&) = delete;
  iconv_converter& operator=(const iconv_converter&) = delete;

  iconv_t get() const { return descriptor_; }

 private:
  iconv_t descriptor_;
};

}  // namespace casegw::charset
