// Asia/Shanghai is fixed UTC+8 with no daylight saving since 1991, so the case-handling rules'
// "day" is plain arithmetic on UTC milliseconds: no tz database, no process time zone.
#pragma once

#include "policy/civil_day.hpp"
#include "time/rfc3339.hpp"

#include <cstdint>
#include <string>

namespace casegw::policy {

inline constexpr int shanghai_offset_minutes = 8 * 60;

// The Shanghai calendar date of an instant, whatever offset the instant was written in.
civil_day shanghai_date_of(std::int64_t unix_ms) noexcept;
inline civil_day shanghai_date_of(const time::instant& at) noexcept { return shanghai_date_of(at.unix_ms); }

// 23:59:59+08:00 of the given date, as UTC milliseconds: the moment a deadline day ends.
std::int64_t shanghai_end_of_day(civil_day day) noexcept;

// RFC 3339 with +08:00; whole seconds unless the instant has milliseconds
// ("2021-10-13T23:59:59+08:00", "2021-10-01T09:30:00.250+08:00").
std::string format_shanghai(std::int64_t unix_ms);

}  // namespace casegw::policy
