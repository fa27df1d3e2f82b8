// A calendar date as a day count since 1970-01-01: cheap to compare, hash and step, and the
// unit every working-day query speaks. The arithmetic itself lives in time/civil_date.hpp.
#pragma once

#include "time/civil_date.hpp"

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace casegw::policy {

struct civil_day {
  std::int64_t days_since_epoch = 0;

  static constexpr civil_day from_ymd(int year, unsigned month, unsigned day) noexcept {
    return civil_day{time::days_from_civil(time::civil_date{year, month, day})};
  }
  constexpr time::civil_date date() const noexcept { return time::civil_from_days(days_since_epoch); }
  constexpr int year() const noexcept { return date().year; }
  // 0 = Sunday .. 6 = Saturday.
  constexpr unsigned weekday() const noexcept { return time::weekday_from_days(days_since_epoch); }
  constexpr bool is_weekend() const noexcept { return weekday() == 0 || weekday() == 6; }

  constexpr civil_day operator+(std::int64_t n) const noexcept { return civil_day{days_since_epoch + n}; }
  constexpr civil_day operator-(std::int64_t n) const noexcept { return civil_day{days_since_epoch - n}; }
  constexpr std::int64_t operator-(civil_day other) const noexcept {
    return days_since_epoch - other.days_since_epoch;
  }
  constexpr auto operator<=>(const civil_day&) const noexcept = default;
};

// Exactly "YYYY-MM-DD" naming a real date; nullopt otherwise.
std::optional<civil_day> parse_iso_date(std::string_view text);

// "YYYY-MM-DD".
std::string format_iso_date(civil_day day);

}  // namespace casegw::policy
