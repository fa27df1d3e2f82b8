#include "instant.hpp"

namespace casegw::state_council {

namespace {

int number_at(std::string_view s, std::size_t pos, std::size_t width) noexcept {
  int n = 0;
  for (std::size_t i = pos; i < pos + width; ++i) n = n * 10 + (s[i] - '0');
  return n;
}

// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) noexcept {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

}  // namespace

instant instant_of(std::string_view s) noexcept {
  instant t;
  const std::int64_t days = days_from_civil(number_at(s, 0, 4), number_at(s, 5, 2), number_at(s, 8, 2));
  t.seconds = days * 86400 + number_at(s, 11, 2) * 3600 + number_at(s, 14, 2) * 60 + number_at(s, 17, 2);

  std::size_t pos = 19;
  if (s[pos] == '.') {
    std::int32_t scale = 100'000'000;
    for (++pos; s[pos] >= '0' && s[pos] <= '9'; ++pos, scale /= 10) t.nanos += (s[pos] - '0') * scale;
  }
  if (s[pos] != 'Z') {
    const int offset = number_at(s, pos + 1, 2) * 3600 + number_at(s, pos + 4, 2) * 60;
    t.seconds -= s[pos] == '+' ? offset : -offset;  // local = UTC + offset
  }
  return t;
}

}  // namespace casegw::state_council
