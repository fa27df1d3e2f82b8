#include "policy/shanghai_time.hpp"

namespace casegw::policy {
namespace {

constexpr std::int64_t ms_per_day = 86'400'000;
constexpr std::int64_t shanghai_offset_ms = std::int64_t{shanghai_offset_minutes} * 60'000;

// Division rounding toward negative infinity, so instants before 1970 land on the right day.
constexpr std::int64_t floor_div(std::int64_t a, std::int64_t b) noexcept {
  const std::int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

}  // namespace

civil_day shanghai_date_of(std::int64_t unix_ms) noexcept {
  return civil_day{floor_div(unix_ms + shanghai_offset_ms, ms_per_day)};
}

std::int64_t shanghai_end_of_day(civil_day day) noexcept {
  return (day.days_since_epoch + 1) * ms_per_day - shanghai_offset_ms - 1000;
}

std::string format_shanghai(std::int64_t unix_ms) {
  std::string text = time::format_rfc3339(unix_ms, shanghai_offset_minutes);
  // Deadlines are whole seconds almost always; drop the ".000" noise but keep real milliseconds.
  if (const auto dot = text.find(".000"); dot != std::string::npos) text.erase(dot, 4);
  return text;
}

}  // namespace casegw::policy
