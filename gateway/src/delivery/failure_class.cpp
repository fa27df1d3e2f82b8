#include "delivery/failure_class.hpp"

#include <charconv>

namespace casegw::delivery {
namespace {

std::string_view http_class(std::string_view status_text) noexcept {
  int status = 0;
  const auto [end, ec] = std::from_chars(status_text.data(), status_text.data() + status_text.size(), status);
  if (ec != std::errc() || end != status_text.data() + status_text.size()) return "http_other";
  if (status >= 500 && status <= 599) return "http_5xx";
  if (status >= 400 && status <= 499) return "http_4xx";
  return "http_other";
}

}  // namespace

// The prefixes are those of verdict_for (http_attempt_verdict.cpp), net::http_client's
// failures (describe_failure, "timeout", "certificate verify failed", "tls setup failed",
// "cancelled"), local_file_destination's io_failure and the lane's own "destination threw".
std::string_view failure_class_of(const attempt_result& result) noexcept {
  if (result.outcome == attempt_result::verdict::delivered) return "none";
  const std::string_view d = result.detail;
  if (d.starts_with("HTTP ")) return http_class(d.substr(5));
  if (d == "timeout") return "timeout";
  if (d.starts_with("resolve failed")) return "resolve";
  if (d == "connection refused" || d.starts_with("connect failed")) return "connect";
  if (d.starts_with("tls ") || d.starts_with("certificate verify failed")) return "tls";
  if (d.starts_with("write failed") || d.starts_with("read failed")) return "transport";
  if (d.starts_with("io_error:")) return "local_io";
  if (d == "cancelled") return "cancelled";
  if (d.starts_with("destination threw")) return "destination_error";
  return "other";
}

}  // namespace casegw::delivery
