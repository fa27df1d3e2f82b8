#include "district_settings.hpp"

#include <casegw/sdk/rejection.hpp>

namespace district_portal {

namespace {

// An absolute path made of URL path characters: no scheme or host (the gateway prefixes the
// portal's base URL), no query, no fragment, no spaces.
bool is_absolute_path(std::string_view path) noexcept {
  if (path.empty() || path.front() != '/' || path.size() > 512) return false;
  for (char c : path) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' ||
                    c == '-' || c == '.' || c == '_' || c == '~' || c == '%';
    if (!ok) return false;
  }
  return true;
}

// RFC 6750 b64token: what may follow "Bearer " in an Authorization header.
bool is_bearer_token(std::string_view token) noexcept {
  if (token.empty() || token.size() > 4096) return false;
  for (char c : token) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                    c == '.' || c == '_' || c == '~' || c == '+' || c == '/' || c == '=';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

district_settings district_settings::read(const casegw::sdk::host& host) {
  district_settings s;
  s.accept_anonymous = host.boolean("accept_anonymous");
  s.progress_path = std::string(host.string("progress_path"));
  if (!is_absolute_path(s.progress_path))
    throw casegw::sdk::config_error(
        "progress_path: must be an absolute path such as /open/v1/progress (letters, digits, / - . _ ~ %), "
        "without host, query or fragment");
  s.progress_token = std::string(host.string("progress_token"));
  // A secret is described, never shown: the message names the setting only.
  if (!s.progress_token.empty() && !is_bearer_token(s.progress_token))
    throw casegw::sdk::config_error(
        "progress_token: must be a bearer token of letters, digits and - . _ ~ + / = (check the file or "
        "variable it comes from for stray spaces or quotes)");
  return s;
}

}  // namespace district_portal
