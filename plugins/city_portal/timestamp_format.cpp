#include "timestamp_format.hpp"

namespace casegw::city_portal {

namespace {

constexpr std::string_view bad_syntax = "must be an ISO 8601 date-time like 2026-11-20T09:30:00+08:00";
constexpr std::string_view no_offset = "must carry a UTC offset such as +08:00 or Z";
constexpr std::string_view impossible = "is not a real calendar date and time";

// Reads exactly `width` digits at `pos`; -1 if any is not a digit.
int read_digits(std::string_view s, std::size_t pos, std::size_t width) noexcept {
  if (pos + width > s.size()) return -1;
  int n = 0;
  for (std::size_t i = pos; i < pos + width; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    n = n * 10 + (s[i] - '0');
  }
  return n;
}

bool is_leap_year(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) noexcept {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap_year(y) ? 29 : days[m - 1];
}

bool matches_separators(std::string_view s) noexcept {
  return s.size() >= 19 && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' && s[16] == ':';
}

// Skips ".123456"; returns the position after the fraction, or npos if a dot has no digits.
std::size_t skip_fraction(std::string_view s, std::size_t pos) noexcept {
  if (pos >= s.size() || s[pos] != '.') return pos;
  std::size_t end = pos + 1;
  while (end < s.size() && s[end] >= '0' && s[end] <= '9') ++end;
  const std::size_t digits = end - pos - 1;
  return (digits == 0 || digits > 9) ? std::string_view::npos : end;
}

std::string_view offset_problem(std::string_view offset) noexcept {
  if (offset.empty()) return no_offset;
  if (offset == "Z") return {};
  if (offset.size() != 6 || (offset[0] != '+' && offset[0] != '-') || offset[3] != ':') return bad_syntax;
  const int hours = read_digits(offset, 1, 2), minutes = read_digits(offset, 4, 2);
  if (hours < 0 || minutes < 0) return bad_syntax;
  return (hours > 23 || minutes > 59) ? impossible : std::string_view{};
}

}  // namespace

std::string_view timestamp_problem(std::string_view s) noexcept {
  if (!matches_separators(s)) return bad_syntax;
  const int year = read_digits(s, 0, 4), month = read_digits(s, 5, 2), day = read_digits(s, 8, 2);
  const int hour = read_digits(s, 11, 2), minute = read_digits(s, 14, 2), second = read_digits(s, 17, 2);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return bad_syntax;
  const std::size_t offset_at = skip_fraction(s, 19);
  if (offset_at == std::string_view::npos) return bad_syntax;
  if (const auto problem = offset_problem(s.substr(offset_at)); !problem.empty()) return problem;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return impossible;
  if (hour > 23 || minute > 59 || second > 59) return impossible;
  return {};
}

}  // namespace casegw::city_portal
