#include "upstream_errors.hpp"

#include <string>

namespace casegw::state_council {

namespace {

const char* code_for_platform_code(std::int64_t code) noexcept {
  if (code == 40010) return "UPSTREAM_CURSOR_EXPIRED";
  if ((code >= 40100 && code <= 40199) || (code >= 40300 && code <= 40399)) return "UPSTREAM_UNAUTHORIZED";
  if (code >= 42900 && code <= 42999) return "UPSTREAM_RATE_LIMITED";
  if (code >= 50000 && code <= 59999) return "UPSTREAM_UNAVAILABLE";
  return "UPSTREAM_ERROR";
}

const char* code_for_status(unsigned status) noexcept {
  if (status == 401 || status == 403) return "UPSTREAM_UNAUTHORIZED";
  if (status == 429) return "UPSTREAM_RATE_LIMITED";
  if (status >= 500 && status <= 599) return "UPSTREAM_UNAVAILABLE";
  return "UPSTREAM_ERROR";
}

}  // namespace

sdk::rejection upstream_error(unsigned status, std::optional<std::int64_t> platform_code) {
  std::string message = "the platform refused the poll (HTTP " + std::to_string(status);
  if (platform_code) {
    message += ", platform code " + std::to_string(*platform_code) + ")";
    return sdk::rejection(code_for_platform_code(*platform_code), "code", message);
  }
  return sdk::rejection(code_for_status(status), "", message + ")");
}

}  // namespace casegw::state_council
