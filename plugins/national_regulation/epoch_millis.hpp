// The platform writes every time as epoch milliseconds. Inbound, sdk::read_epoch_millis turns
// them into the RFC 3339 the unified case wants; this is the way back, for the result feedback:
// an RFC 3339 date-time with offset (a casegw.event/v1 occurred_at) as milliseconds since
// 1970-01-01T00:00:00Z.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace casegw::national_regulation {

// Throws INVALID_DATE naming `path` when text is not an ISO 8601 date-time with an offset or
// not a real date. Digits beyond milliseconds are dropped (truncated, never rounded up into the
// next second).
std::int64_t epoch_millis_of(std::string path, std::string_view text);

}  // namespace casegw::national_regulation
