// Value notations are parsed by hand: std::stoll and friends accept leading spaces, "0x" and
// trailing garbage, which would let "30 s" or "5m30" slip through as something unintended.
#include "config/config_values.hpp"

#include <array>
#include <cctype>
#include <limits>
#include <utility>

namespace casegw::config {
namespace {

constexpr std::int64_t max_value = std::numeric_limits<std::int64_t>::max();

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

// Leading decimal digits (at least one) as a non-negative value; `rest` gets what follows.
std::optional<std::int64_t> leading_digits(std::string_view text, std::string_view& rest) {
  std::size_t i = 0;
  std::int64_t value = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
    const int digit = text[i] - '0';
    if (value > (max_value - digit) / 10) return std::nullopt;
    value = value * 10 + digit;
    ++i;
  }
  if (i == 0) return std::nullopt;
  rest = text.substr(i);
  return value;
}

std::optional<std::int64_t> multiply(std::int64_t value, std::int64_t factor) {
  if (value > max_value / factor) return std::nullopt;
  return value * factor;
}

// A count followed by one of the units (matched ignoring case), or by nothing for `bare_factor`.
template <std::size_t N>
std::optional<std::int64_t> number_with_unit(std::string_view text,
                                             const std::array<std::pair<std::string_view, std::int64_t>, N>& units,
                                             std::int64_t bare_factor) {
  std::string_view unit;
  const auto count = leading_digits(text, unit);
  if (!count) return std::nullopt;
  if (unit.empty()) return multiply(*count, bare_factor);
  for (const auto& [name, factor] : units) {
    if (equals_ignoring_case(unit, name)) return multiply(*count, factor);
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::int64_t> parse_duration_ms(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, std::int64_t>, 4> units{{
      {"ms", 1}, {"s", 1'000}, {"m", 60'000}, {"h", 3'600'000}}};
  return number_with_unit(text, units, 1);
}

std::optional<std::int64_t> parse_size_bytes(std::string_view text) {
  constexpr std::int64_t kib = 1024;
  // KB/MB/GB are read as binary multiples too: that is what operators mean by a buffer size.
  static constexpr std::array<std::pair<std::string_view, std::int64_t>, 7> units{{
      {"B", 1}, {"KiB", kib}, {"MiB", kib * kib}, {"GiB", kib * kib * kib},
      {"KB", kib}, {"MB", kib * kib}, {"GB", kib * kib * kib}}};
  return number_with_unit(text, units, 1);
}

std::optional<bool> parse_bool(std::string_view text) {
  for (const auto word : {"true", "yes", "on"}) {
    if (equals_ignoring_case(text, word)) return true;
  }
  for (const auto word : {"false", "no", "off"}) {
    if (equals_ignoring_case(text, word)) return false;
  }
  return std::nullopt;
}

std::optional<std::int64_t> parse_int(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  std::string_view rest;
  // Digits are accumulated as a positive value, so INT64_MIN (one beyond INT64_MAX) is refused;
  // no configuration value comes near it.
  const auto magnitude = leading_digits(text, rest);
  if (!magnitude || !rest.empty()) return std::nullopt;
  return negative ? -*magnitude : *magnitude;
}

}  // namespace casegw::config
