// The three ways platforms write a date-time, each turned into the RFC 3339 text with offset
// the unified case requires (submitted_at, handling.assigned_due_at):
//   ISO 8601 with an offset   "2026-11-20T09:30:12+08:00", "2026-11-20T01:30:12.5Z"  -> unchanged
//   local time in Beijing     "2026-11-20 09:30:12"                                   -> "...T09:30:12+08:00"
//   epoch milliseconds        1795138212000                                           -> "2026-11-20T09:30:12+08:00"
// Local times are China Standard Time: UTC+08:00 all year (no daylight saving since 1991), the
// zone Chinese platforms mean when they send a time without an offset.
// Each read_* throws INVALID_DATE naming the field; the message never quotes the value.
//
// And the way back, for outbound requests built from a workflow event's occurred_at (RFC 3339
// with any offset): utc_instant_of (to order two date-times), epoch_millis_of and
// beijing_local_datetime.
#pragma once

#include <casegw/sdk/field_errors.hpp>

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace casegw::sdk {

namespace detail {

// Exactly `width` digits at `pos`, or -1.
inline int digits_at(std::string_view s, std::size_t pos, std::size_t width) noexcept {
  if (pos + width > s.size()) return -1;
  int n = 0;
  for (std::size_t i = pos; i < pos + width; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    n = n * 10 + (s[i] - '0');
  }
  return n;
}

inline bool is_leap_year(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

inline int days_in_month(int y, int m) noexcept {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap_year(y) ? 29 : days[m - 1];
}

struct civil_time {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
};

// "yyyy-MM-dd?HH:mm:ss" with `separator` between date and time; nullopt on syntax.
inline bool read_civil_time(std::string_view s, char separator, civil_time& t) noexcept {
  if (s.size() < 19 || s[4] != '-' || s[7] != '-' || s[10] != separator || s[13] != ':' || s[16] != ':') return false;
  t = {digits_at(s, 0, 4), digits_at(s, 5, 2), digits_at(s, 8, 2), digits_at(s, 11, 2), digits_at(s, 14, 2), digits_at(s, 17, 2)};
  return t.year >= 0 && t.month >= 0 && t.day >= 0 && t.hour >= 0 && t.minute >= 0 && t.second >= 0;
}

inline bool is_real(const civil_time& t) noexcept {
  return t.year >= 1 && t.month >= 1 && t.month <= 12 && t.day >= 1 && t.day <= days_in_month(t.year, t.month) &&
         t.hour <= 23 && t.minute <= 59 && t.second <= 59;
}

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm, proleptic Gregorian).
inline civil_time civil_from_days(std::int64_t z) noexcept {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  civil_time t;
  t.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  t.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  t.year = static_cast<int>(yoe + era * 400 + (t.month <= 2 ? 1 : 0));
  return t;
}

// Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil, proleptic Gregorian).
inline std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) noexcept {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

inline std::string format_beijing(const civil_time& t, int millis) {
  char text[40];
  if (millis > 0) {
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03d+08:00", t.year, t.month, t.day, t.hour, t.minute,
                  t.second, millis);
  } else {
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d+08:00", t.year, t.month, t.day, t.hour, t.minute, t.second);
  }
  return text;
}

}  // namespace detail

// "" when text is an ISO 8601 extended date-time with an offset (the RFC 3339 profile), else
// why not, phrased to follow "the date-time ".
inline std::string_view iso8601_problem(std::string_view s) noexcept {
  constexpr std::string_view bad_syntax = "must look like 2026-11-20T09:30:00+08:00";
  constexpr std::string_view impossible = "is not a real calendar date and time";
  detail::civil_time t;
  if (!detail::read_civil_time(s, 'T', t)) return bad_syntax;
  std::size_t pos = 19;
  if (pos < s.size() && s[pos] == '.') {
    const std::size_t start = ++pos;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
    if (pos == start || pos - start > 9) return bad_syntax;
  }
  const std::string_view offset = s.substr(pos);
  if (offset.empty()) return "must carry a UTC offset such as +08:00 or Z";
  if (offset != "Z") {
    if (offset.size() != 6 || (offset[0] != '+' && offset[0] != '-') || offset[3] != ':') return bad_syntax;
    const int hours = detail::digits_at(offset, 1, 2), minutes = detail::digits_at(offset, 4, 2);
    if (hours < 0 || minutes < 0) return bad_syntax;
    if (hours > 23 || minutes > 59) return impossible;
  }
  return detail::is_real(t) ? std::string_view{} : impossible;
}

inline std::string read_iso8601(std::string path, std::string_view text) {
  if (const auto problem = iso8601_problem(text); !problem.empty()) throw invalid_date(std::move(path), problem);
  return std::string(text);
}

// "yyyy-MM-dd HH:mm:ss" in Beijing time.
inline std::string read_local_datetime(std::string path, std::string_view text) {
  detail::civil_time t;
  if (text.size() != 19 || !detail::read_civil_time(text, ' ', t))
    throw invalid_date(std::move(path), "must look like 2026-11-20 09:30:00 (Beijing time)");
  if (!detail::is_real(t)) throw invalid_date(std::move(path), "is not a real calendar date and time");
  return detail::format_beijing(t, 0);
}

// Milliseconds since 1970-01-01T00:00:00Z, accepted between 2000 and 2100: anything outside
// is a unit mistake (seconds sent as milliseconds, or the reverse), not a real submission.
inline std::string read_epoch_millis(std::string path, std::int64_t millis) {
  constexpr std::int64_t year_2000 = 946684800000, year_2100 = 4102444800000;
  if (millis < year_2000 || millis >= year_2100)
    throw invalid_date(std::move(path), "must be epoch milliseconds between the years 2000 and 2100");
  const std::int64_t beijing = millis + 8 * 3600 * 1000;
  const std::int64_t days = beijing / 86'400'000;
  const std::int64_t in_day = beijing % 86'400'000;
  detail::civil_time t = detail::civil_from_days(days);
  t.hour = static_cast<int>(in_day / 3'600'000);
  t.minute = static_cast<int>(in_day / 60'000 % 60);
  t.second = static_cast<int>(in_day / 1000 % 60);
  return detail::format_beijing(t, static_cast<int>(in_day % 1000));
}

// ---- RFC 3339 back to other forms ----------------------------------------------------------

// A point on the UTC time line, to the nanosecond: orders date-times written with different
// offsets ("2026-11-20T10:15:00+08:00" is before "2026-11-20T02:30:00Z").
struct utc_instant {
  std::int64_t seconds = 0;  // since 1970-01-01T00:00:00Z
  std::int32_t nanos = 0;    // 0 .. 999'999'999

  friend auto operator<=>(const utc_instant&, const utc_instant&) = default;
};

// Throws INVALID_DATE naming `path` when text is not an ISO 8601 date-time with an offset that
// read_iso8601 accepts.
inline utc_instant utc_instant_of(std::string path, std::string_view text) {
  read_iso8601(std::move(path), text);
  detail::civil_time t;
  detail::read_civil_time(text, 'T', t);
  utc_instant instant;
  instant.seconds = detail::days_from_civil(t.year, static_cast<unsigned>(t.month), static_cast<unsigned>(t.day)) * 86400 +
                    t.hour * 3600 + t.minute * 60 + t.second;
  std::size_t pos = 19;
  if (text[pos] == '.') {
    std::int32_t scale = 100'000'000;
    for (++pos; pos < text.size() && text[pos] >= '0' && text[pos] <= '9'; ++pos, scale /= 10)
      instant.nanos += (text[pos] - '0') * scale;
  }
  if (text[pos] != 'Z') {
    const int offset = detail::digits_at(text, pos + 1, 2) * 3600 + detail::digits_at(text, pos + 4, 2) * 60;
    instant.seconds -= text[pos] == '+' ? offset : -offset;  // local = UTC + offset
  }
  return instant;
}

// Milliseconds since 1970-01-01T00:00:00Z; digits beyond milliseconds are dropped (truncated,
// never rounded up into the next second). Throws INVALID_DATE as utc_instant_of.
inline std::int64_t epoch_millis_of(std::string path, std::string_view text) {
  const utc_instant instant = utc_instant_of(std::move(path), text);
  return instant.seconds * 1000 + instant.nanos / 1'000'000;
}

// "2026-11-20T06:05:00.250Z" -> "2026-11-20 14:05:00": the same instant in Beijing time, in the
// form platforms write local times; the fraction is dropped. Throws INVALID_DATE as utc_instant_of.
inline std::string beijing_local_datetime(std::string path, std::string_view text) {
  const std::int64_t beijing = utc_instant_of(std::move(path), text).seconds + 8 * 3600;
  const std::int64_t days = (beijing >= 0 ? beijing : beijing - 86399) / 86400;
  const std::int64_t in_day = beijing - days * 86400;
  const detail::civil_time t = detail::civil_from_days(days);
  char out[64];  // room for any int year, so the compiler can prove nothing is cut
  std::snprintf(out, sizeof out, "%04d-%02d-%02d %02d:%02d:%02d", t.year, t.month, t.day, static_cast<int>(in_day / 3600),
                static_cast<int>(in_day / 60 % 60), static_cast<int>(in_day % 60));
  return out;
}

}  // namespace casegw::sdk
