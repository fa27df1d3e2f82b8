#include "epoch_millis.hpp"

#include <casegw/sdk/date_time.hpp>

#include <chrono>
#include <utility>

namespace casegw::national_regulation {

namespace {

// Days since 1970-01-01 of a date already checked to be real.
std::int64_t days_since_epoch(const sdk::detail::civil_time& t) noexcept {
  using namespace std::chrono;
  const year_month_day date{year{t.year}, month{static_cast<unsigned>(t.month)}, day{static_cast<unsigned>(t.day)}};
  return sys_days{date}.time_since_epoch().count();
}

// "" | ".5" | ".123456789" at the start of `rest`: the milliseconds, and how many characters.
std::pair<int, std::size_t> read_fraction(std::string_view rest) noexcept {
  if (rest.empty() || rest.front() != '.') return {0, 0};
  std::size_t end = 1;
  int millis = 0, scale = 100;
  while (end < rest.size() && rest[end] >= '0' && rest[end] <= '9') {
    millis += (rest[end] - '0') * scale;
    scale /= 10;
    ++end;
  }
  return {millis, end};
}

// "Z" or "+hh:mm" / "-hh:mm" as seconds east of UTC (the syntax is already checked).
int offset_seconds(std::string_view offset) noexcept {
  if (offset == "Z") return 0;
  const int seconds = sdk::detail::digits_at(offset, 1, 2) * 3600 + sdk::detail::digits_at(offset, 4, 2) * 60;
  return offset[0] == '-' ? -seconds : seconds;
}

}  // namespace

std::int64_t epoch_millis_of(std::string path, std::string_view text) {
  const std::string checked = sdk::read_iso8601(std::move(path), text);
  sdk::detail::civil_time t;
  sdk::detail::read_civil_time(checked, 'T', t);
  const auto [millis, fraction_length] = read_fraction(std::string_view(checked).substr(19));
  const std::string_view offset = std::string_view(checked).substr(19 + fraction_length);
  const std::int64_t seconds =
      days_since_epoch(t) * 86400 + t.hour * 3600 + t.minute * 60 + t.second - offset_seconds(offset);
  return seconds * 1000 + millis;
}

}  // namespace casegw::national_regulation
