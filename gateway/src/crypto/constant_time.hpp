// Comparison of secrets (tokens, signatures) that does not leak, through its running time,
// how many leading bytes matched.
#pragma once

#include <string_view>

namespace casegw::crypto {

// True when both are byte-for-byte equal. A length mismatch returns false at once: lengths of
// signatures and tokens are public.
bool constant_time_equal(std::string_view a, std::string_view b) noexcept;

}  // namespace casegw::crypto
