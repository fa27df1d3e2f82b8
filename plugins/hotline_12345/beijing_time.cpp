#include "beijing_time.hpp"

#include <casegw/sdk/date_time.hpp>

#include <cstdint>
#include <cstdio>
#include <stdexcept>

namespace casegw::hotline_12345 {

namespace {

constexpr std::int64_t minutes_per_day = 24 * 60;
constexpr std::int64_t beijing_offset_minutes = 8 * 60;

// Days from 1970-01-01 to a civil date (Howard Hinnant's algorithm, proleptic Gregorian); the
// inverse of sdk::detail::civil_from_days.
std::int64_t days_from_civil(std::int64_t y, int m, int d) noexcept {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// Minutes east of UTC of the offset that ends an RFC 3339 text ("Z", "+08:00", "-05:30").
std::int64_t offset_minutes(std::string_view text) noexcept {
  if (text.back() == 'Z') return 0;
  const std::string_view offset = text.substr(text.size() - 6);
  const std::int64_t minutes = sdk::detail::digits_at(offset, 1, 2) * 60 + sdk::detail::digits_at(offset, 4, 2);
  return offset[0] == '-' ? -minutes : minutes;
}

std::int64_t floor_divide(std::int64_t a, std::int64_t b) noexcept {
  return a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);
}

}  // namespace

std::string beijing_local_time(std::string_view rfc3339) {
  sdk::detail::civil_time t;
  if (!sdk::iso8601_problem(rfc3339).empty() || !sdk::detail::read_civil_time(rfc3339, 'T', t))
    throw std::invalid_argument("beijing_local_time: not an RFC 3339 date-time");
  const std::int64_t local_minutes =
      days_from_civil(t.year, t.month, t.day) * minutes_per_day + t.hour * 60 + t.minute - offset_minutes(rfc3339);
  const std::int64_t beijing_minutes = local_minutes + beijing_offset_minutes;
  const std::int64_t days = floor_divide(beijing_minutes, minutes_per_day);
  const std::int64_t minute_of_day = beijing_minutes - days * minutes_per_day;
  const sdk::detail::civil_time date = sdk::detail::civil_from_days(days);

  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d:%02d", date.year, date.month, date.day,
                static_cast<int>(minute_of_day / 60), static_cast<int>(minute_of_day % 60), t.second);
  return text;
}

}  // namespace casegw::hotline_12345
