#include "policy/civil_day.hpp"

#include <cstdio>

namespace casegw::policy {
namespace {

bool read_digits(std::string_view text, std::size_t pos, std::size_t count, int& out) {
  int value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    value = value * 10 + (text[i] - '0');
  }
  out = value;
  return true;
}

}  // namespace

std::optional<civil_day> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int year = 0, month = 0, day = 0;
  if (!read_digits(text, 0, 4, year) || !read_digits(text, 5, 2, month) || !read_digits(text, 8, 2, day)) {
    return std::nullopt;
  }
  if (month < 1 || month > 12) return std::nullopt;
  if (day < 1 || static_cast<unsigned>(day) > time::days_in_month(year, static_cast<unsigned>(month))) {
    return std::nullopt;
  }
  return civil_day::from_ymd(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

std::string format_iso_date(civil_day day) {
  const time::civil_date date = day.date();
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", date.year, date.month, date.day);
  return text;
}

}  // namespace casegw::policy
