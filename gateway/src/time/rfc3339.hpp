// RFC 3339 timestamps, the only textual time format of the unified case.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace casegw::time {

struct instant {
  std::int64_t unix_ms = 0;     // UTC
  int offset_minutes = 0;       // the offset the text carried
};

// Parses "2026-11-20T09:30:00+08:00", "...T01:30:00.250Z"; requires an explicit offset and a
// real calendar date. Returns nullopt otherwise.
std::optional<instant> parse_rfc3339(std::string_view text);

// Formats with the given offset and millisecond precision: "2026-11-20T09:30:00.000+08:00".
std::string format_rfc3339(std::int64_t unix_ms, int offset_minutes = 480);

std::int64_t now_unix_ms();

}  // namespace casegw::time
