#include "delivery/http_attempt_verdict.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <ctime>
#include <string>

namespace casegw::delivery {

namespace {

using std::chrono::milliseconds;

bool is_retryable_status(int status) {
  return status == 408 || status == 425 || status == 429 || (status >= 500 && status <= 599);
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::optional<milliseconds> parse_delay_seconds(std::string_view text) {
  std::int64_t seconds = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  if (error != std::errc() || end != text.data() + text.size() || seconds < 0) return std::nullopt;
  constexpr std::int64_t ten_years = 10LL * 366 * 24 * 3600;  // keeps the multiplication safe
  return milliseconds(std::min(seconds, ten_years) * 1000);
}

std::optional<milliseconds> parse_http_date(std::string_view text, std::chrono::system_clock::time_point now) {
  const std::string copy(text);
  std::tm parts{};
  const char* end = ::strptime(copy.c_str(), "%a, %d %b %Y %H:%M:%S GMT", &parts);
  if (end == nullptr || *end != '\0') return std::nullopt;
  const auto at = std::chrono::system_clock::from_time_t(::timegm(&parts));
  if (at <= now) return milliseconds::zero();
  return std::chrono::duration_cast<milliseconds>(at - now);
}

}  // namespace

std::optional<milliseconds> parse_retry_after(std::string_view value, std::chrono::system_clock::time_point now) {
  value = trimmed(value);
  if (value.empty()) return std::nullopt;
  if (auto seconds = parse_delay_seconds(value)) return seconds;
  return parse_http_date(value, now);
}

attempt_result verdict_for(const net::client_result& response, std::chrono::system_clock::time_point now) {
  using verdict = attempt_result::verdict;
  if (!response.completed) {
    return {verdict::retry, response.error.empty() ? std::string("transport error") : response.error, std::nullopt};
  }
  std::string detail = "HTTP " + std::to_string(response.status);
  if (response.status >= 200 && response.status <= 299) return {verdict::delivered, std::move(detail), std::nullopt};
  if (is_retryable_status(response.status)) {
    return {verdict::retry, std::move(detail), parse_retry_after(response.header("Retry-After"), now)};
  }
  return {verdict::reject, std::move(detail), std::nullopt};
}

}  // namespace casegw::delivery
