#include "epoch_time.hpp"

#include <casegw/sdk/date_time.hpp>

namespace casegw::foreign_investment {

namespace {

// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil, the
// inverse of the SDK's civil_from_days).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) noexcept {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

int digits(std::string_view text, std::size_t at, std::size_t width) noexcept {
  return sdk::detail::digits_at(text, at, width);
}

// The fraction after the seconds, as milliseconds; returns the position after it.
std::size_t read_fraction(std::string_view text, std::size_t at, std::int64_t& millis) noexcept {
  millis = 0;
  if (at >= text.size() || text[at] != '.') return at;
  std::int64_t scale = 100;
  for (++at; at < text.size() && text[at] >= '0' && text[at] <= '9'; ++at, scale /= 10) millis += (text[at] - '0') * scale;
  return at;
}

// Seconds east of UTC: "Z" is 0, "+08:00" is 28800.
std::int64_t offset_seconds(std::string_view offset) noexcept {
  if (offset == "Z") return 0;
  const std::int64_t magnitude = digits(offset, 1, 2) * 3600 + digits(offset, 4, 2) * 60;
  return offset[0] == '-' ? -magnitude : magnitude;
}

}  // namespace

std::int64_t epoch_millis_of(std::string_view text) noexcept {
  const std::int64_t days = days_from_civil(digits(text, 0, 4), static_cast<unsigned>(digits(text, 5, 2)),
                                            static_cast<unsigned>(digits(text, 8, 2)));
  const std::int64_t local_seconds = days * 86400 + digits(text, 11, 2) * 3600 + digits(text, 14, 2) * 60 + digits(text, 17, 2);
  std::int64_t millis = 0;
  const std::size_t offset_at = read_fraction(text, 19, millis);
  return (local_seconds - offset_seconds(text.substr(offset_at))) * 1000 + millis;
}

}  // namespace casegw::foreign_investment
