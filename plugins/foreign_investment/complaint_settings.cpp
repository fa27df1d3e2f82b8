#include "complaint_settings.hpp"

#include <casegw/sdk/text.hpp>

namespace casegw::foreign_investment {

namespace {

// A county (6), town (9) or wider prefix: province (2) or prefecture (4).
bool is_region_prefix(std::string_view scope) noexcept {
  if (scope.empty()) return true;
  const bool sensible_length = scope.size() == 2 || scope.size() == 4 || scope.size() == 6 || scope.size() == 9;
  return sensible_length && sdk::is_all_digits(scope);
}

// Printable ASCII without spaces or a fragment: the gateway puts it on the request line as is.
bool is_request_target(std::string_view path) noexcept {
  if (path.size() < 2 || path.front() != '/') return false;
  for (char c : path)
    if (c <= ' ' || c == '#' || static_cast<unsigned char>(c) >= 0x7F) return false;
  return true;
}

bool is_url_prefix(std::string_view prefix) noexcept {
  if (!prefix.starts_with("https://")) return false;
  for (char c : prefix)
    if (c <= ' ' || static_cast<unsigned char>(c) >= 0x7F) return false;
  return true;
}

}  // namespace

complaint_settings complaint_settings::read(const sdk::host& host) {
  complaint_settings s;
  s.max_attachments = host.integer("max_attachments");
  s.region_scope = std::string(host.string("region_scope"));
  s.attachment_url_prefix = std::string(host.string("attachment_url_prefix"));
  s.progress_path = std::string(host.string("progress_path"));

  if (s.max_attachments < 0 || s.max_attachments > 50)
    throw sdk::config_error("max_attachments: must be between 0 and 50");
  if (!is_region_prefix(s.region_scope))
    throw sdk::config_error("region_scope: must be empty or 2, 4, 6 or 9 digits of a division code");
  if (!is_url_prefix(s.attachment_url_prefix))
    throw sdk::config_error("attachment_url_prefix: must start with https:// and hold no spaces");
  if (!is_request_target(s.progress_path))
    throw sdk::config_error("progress_path: must start with '/' and hold no spaces, '#' or non-ASCII characters");
  return s;
}

}  // namespace casegw::foreign_investment
