// Strict RFC 3339 "date-time" (section 5.6): YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM).
// Deliberately stricter than the RFC in two places, matching the unified-case schema pattern:
// "T" and "Z" must be upper case, and a leap second (":60") is refused because no calendar
// arithmetic downstream can represent it.
#include "time/rfc3339.hpp"

#include "time/civil_date.hpp"

#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace casegw::time {
namespace {

constexpr std::int64_t ms_per_second = 1000;
constexpr std::int64_t ms_per_minute = 60 * ms_per_second;
constexpr std::int64_t ms_per_day = 24 * 60 * ms_per_minute;
constexpr int max_offset_minutes = 23 * 60 + 59;
// Beyond year 9999 either way; checked first so the arithmetic below cannot overflow.
constexpr std::int64_t max_formattable_ms = 400'000'000'000'000;

// A cursor over the text that reads fixed-width fields and fails softly.
class field_reader {
 public:
  explicit field_reader(std::string_view text) : text_(text) {}

  bool digits(std::size_t count, int& out) {
    if (text_.size() - pos_ < count) return false;
    int value = 0;
    for (std::size_t i = 0; i < count; ++i) {
      const char c = text_[pos_ + i];
      if (c < '0' || c > '9') return false;
      value = value * 10 + (c - '0');
    }
    pos_ += count;
    out = value;
    return true;
  }

  bool literal(char expected) {
    if (pos_ >= text_.size() || text_[pos_] != expected) return false;
    ++pos_;
    return true;
  }

  // Reads 1..9 fraction digits after a '.', returning the milliseconds they denote (truncated).
  bool fraction_ms(int& out) {
    int ms = 0;
    std::size_t count = 0;
    while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
      if (count < 3) ms = ms * 10 + (text_[pos_] - '0');
      ++count;
      ++pos_;
    }
    if (count == 0 || count > 9) return false;
    for (std::size_t i = count; i < 3; ++i) ms *= 10;
    out = ms;
    return true;
  }

  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  bool at_end() const { return pos_ == text_.size(); }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

// "Z", "+HH:MM" or "-HH:MM" -> signed minutes east of UTC.
bool read_offset(field_reader& in, int& offset_minutes) {
  if (in.literal('Z')) {
    offset_minutes = 0;
    return true;
  }
  const char sign = in.peek();
  if (sign != '+' && sign != '-') return false;
  in.literal(sign);
  int hours = 0, minutes = 0;
  if (!in.digits(2, hours) || !in.literal(':') || !in.digits(2, minutes)) return false;
  if (hours > 23 || minutes > 59) return false;
  offset_minutes = (sign == '-' ? -1 : 1) * (hours * 60 + minutes);
  return true;
}

}  // namespace

std::optional<instant> parse_rfc3339(std::string_view text) {
  field_reader in(text);
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, ms = 0, offset = 0;
  const bool shape_ok = in.digits(4, year) && in.literal('-') && in.digits(2, month) && in.literal('-') &&
                        in.digits(2, day) && in.literal('T') && in.digits(2, hour) && in.literal(':') &&
                        in.digits(2, minute) && in.literal(':') && in.digits(2, second);
  if (!shape_ok) return std::nullopt;
  if (in.literal('.') && !in.fraction_ms(ms)) return std::nullopt;
  if (!read_offset(in, offset) || !in.at_end()) return std::nullopt;

  if (month < 1 || month > 12) return std::nullopt;
  if (day < 1 || static_cast<unsigned>(day) > days_in_month(year, static_cast<unsigned>(month))) return std::nullopt;
  if (hour > 23 || minute > 59 || second > 59) return std::nullopt;

  const std::int64_t days = days_from_civil({year, static_cast<unsigned>(month), static_cast<unsigned>(day)});
  const std::int64_t local_ms =
      days * ms_per_day + (hour * 60 + minute) * ms_per_minute + second * ms_per_second + ms;
  return instant{local_ms - offset * ms_per_minute, offset};
}

std::string format_rfc3339(std::int64_t unix_ms, int offset_minutes) {
  if (offset_minutes < -max_offset_minutes || offset_minutes > max_offset_minutes) {
    throw std::out_of_range("format_rfc3339: offset must be within +-23:59");
  }
  if (unix_ms < -max_formattable_ms || unix_ms > max_formattable_ms) {
    throw std::out_of_range("format_rfc3339: year outside 0000..9999");
  }
  const std::int64_t local_ms = unix_ms + offset_minutes * ms_per_minute;
  // Floor division so instants before 1970 land on the right day.
  std::int64_t days = local_ms / ms_per_day;
  std::int64_t ms_of_day = local_ms % ms_per_day;
  if (ms_of_day < 0) {
    ms_of_day += ms_per_day;
    --days;
  }
  const civil_date date = civil_from_days(days);
  if (date.year < 0 || date.year > 9999) {
    throw std::out_of_range("format_rfc3339: year outside 0000..9999");
  }
  const auto hour = static_cast<int>(ms_of_day / (60 * ms_per_minute));
  const auto minute = static_cast<int>(ms_of_day / ms_per_minute % 60);
  const auto second = static_cast<int>(ms_of_day / ms_per_second % 60);
  const auto millis = static_cast<int>(ms_of_day % ms_per_second);

  char offset_text[8] = "Z";
  if (offset_minutes != 0) {
    const int magnitude = offset_minutes < 0 ? -offset_minutes : offset_minutes;
    std::snprintf(offset_text, sizeof offset_text, "%c%02d:%02d", offset_minutes < 0 ? '-' : '+',
                  magnitude / 60, magnitude % 60);
  }
  char out[40];
  std::snprintf(out, sizeof out, "%04d-%02u-%02uT%02d:%02d:%02d.%03d%s", date.year, date.month, date.day, hour,
                minute, second, millis, offset_text);
  return out;
}

std::int64_t now_unix_ms() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace casegw::time
