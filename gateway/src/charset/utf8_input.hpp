// UTF-8 bodies: validated (with unified_case's RFC 3629 validator) and passed through unchanged.
#pragma once

#include <cstddef>
#include <string_view>

#include "charset/conversion_result.hpp"

namespace casegw::charset {

conversion_result accept_utf8(std::string_view bytes);

// Where the first invalid sequence of `text` starts; `text` must not be valid UTF-8. Linear time:
// found by bisection with unified_case::is_valid_utf8 (about 2n bytes scanned), so there is
// only one UTF-8 validator in the gateway.
std::size_t first_invalid_utf8_offset(std::string_view text);

}  // namespace casegw::charset
