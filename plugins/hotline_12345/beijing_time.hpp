// The work-order system writes every time as "yyyy-MM-dd HH:mm:ss" in Beijing time (UTC+08:00
// all year) and has no field for an offset, so the gateway's RFC 3339 times, which may carry
// any offset, are moved to Beijing time before they are written into a feedback.
#pragma once

#include <string>
#include <string_view>

namespace casegw::hotline_12345 {

// "2026-11-20T06:05:00Z" -> "2026-11-20 14:05:00". text must pass sdk::iso8601_problem();
// a fraction of a second is dropped (the system counts whole seconds).
std::string beijing_local_time(std::string_view rfc3339);

}  // namespace casegw::hotline_12345
