// The portal's date-time format: ISO 8601 extended format with an explicit UTC offset,
// "2026-11-20T09:30:12+08:00", optional fraction of a second, "Z" for UTC. This is also the
// RFC 3339 profile the unified case requires, so a valid value passes through unchanged.
// An offset is mandatory: deadlines count working days in Asia/Shanghai, and a local time
// without its offset cannot be placed on that calendar with certainty.
#pragma once

#include <string_view>

namespace casegw::city_portal {

// "" when text is valid; otherwise why not, phrased to follow the field name in a message
// ("must ..."). The reason never quotes the value.
std::string_view timestamp_problem(std::string_view text) noexcept;

}  // namespace casegw::city_portal
