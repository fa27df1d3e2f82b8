// Builds the refusals of conversion_result, so every decoder words them the same way.
#pragma once

#include <cstddef>

#include "charset/charset_name.hpp"
#include "charset/conversion_result.hpp"

namespace casegw::charset {

// A byte sequence that is not valid in `charset` starts at `byte_offset`.
conversion_result invalid_sequence(charset_name charset, std::size_t byte_offset);

// The body ends in the middle of a multibyte sequence that starts at `byte_offset`.
conversion_result truncated_sequence(charset_name charset, std::size_t byte_offset);

conversion_result unsupported_charset();

}  // namespace casegw::charset
