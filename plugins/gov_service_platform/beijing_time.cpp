#include "beijing_time.hpp"

#include <casegw/sdk/date_time.hpp>

#include <chrono>
#include <cstdio>

namespace casegw::gov_service_platform {

namespace {

using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

// The text is known to be valid RFC 3339 here, so every field is where it should be.
int number_at(std::string_view text, std::size_t pos, std::size_t width) {
  int n = 0;
  for (std::size_t i = pos; i < pos + width; ++i) n = n * 10 + (text[i] - '0');
  return n;
}

// Seconds since the epoch of the local time written in the first 19 characters.
seconds local_seconds(std::string_view text) {
  const std::chrono::year_month_day date{std::chrono::year{number_at(text, 0, 4)},
                                         std::chrono::month{static_cast<unsigned>(number_at(text, 5, 2))},
                                         std::chrono::day{static_cast<unsigned>(number_at(text, 8, 2))}};
  return std::chrono::sys_days{date}.time_since_epoch() + hours{number_at(text, 11, 2)} +
         minutes{number_at(text, 14, 2)} + seconds{number_at(text, 17, 2)};
}

// The offset after the optional fraction: "Z", "+hh:mm" or "-hh:mm".
minutes utc_offset(std::string_view text) {
  const std::string_view offset = text.substr(text.find_first_of("Z+-", 19));
  if (offset == "Z") return minutes{0};
  const minutes magnitude = hours{number_at(offset, 1, 2)} + minutes{number_at(offset, 4, 2)};
  return offset.front() == '-' ? -magnitude : magnitude;
}

}  // namespace

std::string beijing_local_time(std::string path, std::string_view rfc3339) {
  sdk::read_iso8601(std::move(path), rfc3339);
  const seconds beijing = local_seconds(rfc3339) - utc_offset(rfc3339) + hours{8};
  const auto day = std::chrono::floor<days>(beijing);
  const std::chrono::year_month_day date{std::chrono::sys_days{day}};
  const auto in_day = (beijing - day).count();
  char text[64];  // room for any int year, so the compiler can prove nothing is cut
  std::snprintf(text, sizeof text, "%04d-%02u-%02u %02lld:%02lld:%02lld", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<long long>(in_day / 3600), static_cast<long long>(in_day / 60 % 60),
                static_cast<long long>(in_day % 60));
  return text;
}

}  // namespace casegw::gov_service_platform
