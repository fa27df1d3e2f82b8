#include "charset/conversion_errors.hpp"

#include <string>

namespace casegw::charset {
namespace {

// The message quotes no body bytes: they may be personal data, and they are not printable anyway.
conversion_result refusal(std::string_view code, std::size_t byte_offset, std::string message) {
  return conversion_result{{}, conversion_error{std::string(code), byte_offset, std::move(message)}};
}

}  // namespace

conversion_result invalid_sequence(charset_name charset, std::size_t byte_offset) {
  return refusal(invalid_encoding_code, byte_offset,
                 "the body is not valid " + std::string(name_of(charset)) + ": invalid byte sequence at byte offset " +
                     std::to_string(byte_offset));
}

conversion_result truncated_sequence(charset_name charset, std::size_t byte_offset) {
  return refusal(invalid_encoding_code, byte_offset,
                 "the body is not valid " + std::string(name_of(charset)) +
                     ": it ends inside a multibyte sequence that starts at byte offset " + std::to_string(byte_offset));
}

conversion_result unsupported_charset() {
  return refusal(unsupported_charset_code, 0, "the declared charset is not accepted; send utf-8, gbk or gb18030");
}

}  // namespace casegw::charset
