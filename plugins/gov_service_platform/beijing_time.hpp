// The platform writes every date-time as "yyyy-MM-dd HH:mm:ss" in Beijing time (UTC+8, no
// daylight saving since 1991). Inbound, sdk::read_local_datetime reads that form; this is the
// way out, for the replies: an RFC 3339 time with any offset, as workflow events carry it.
#pragma once

#include <string>
#include <string_view>

namespace casegw::gov_service_platform {

// "2026-11-20T06:05:00.250Z" -> "2026-11-20 14:05:00". The fraction is dropped (the platform's
// form has none). Throws INVALID_DATE naming `path` when rfc3339 is not a valid date-time.
std::string beijing_local_time(std::string path, std::string_view rfc3339);

}  // namespace casegw::gov_service_platform
