// Orders two date-times given with different offsets ("2026-11-20T10:15:00+08:00" against
// "2026-11-20T02:00:00Z"): needed to tell whether a due time falls after the hand-down.
#pragma once

#include <cstdint>
#include <string_view>

namespace casegw::state_council {

// A point on the UTC time line, to the nanosecond.
struct instant {
  std::int64_t seconds = 0;  // since 1970-01-01T00:00:00Z
  std::int32_t nanos = 0;

  friend auto operator<=>(const instant&, const instant&) = default;
};

// Only for text that sdk::read_iso8601 accepted.
instant instant_of(std::string_view iso8601) noexcept;

}  // namespace casegw::state_council
