#include "platform_settings.hpp"

#include <casegw/sdk/text.hpp>

namespace casegw::gov_service_platform {

namespace {

constexpr std::size_t max_reply_unit = 100;

// An absolute path without query, fragment, whitespace or control characters: the gateway
// appends it to the channel's configured base URL as it is.
bool is_plain_absolute_path(std::string_view path) noexcept {
  if (path.size() < 2 || path.front() != '/') return false;
  for (unsigned char c : path)
    if (c <= 0x20 || c == 0x7F || c == '?' || c == '#') return false;
  return true;
}

// At most 12 digits: a province (2), a city (4), a county (6) ... down to a village (12).
bool is_region_prefix(std::string_view prefix) noexcept {
  return prefix.empty() || (prefix.size() <= 12 && sdk::is_all_digits(prefix));
}

}  // namespace

platform_settings platform_settings::read(const sdk::host& host) {
  platform_settings s;
  s.max_attachments = host.integer("max_attachments");
  s.region_prefix = std::string(host.string("region_prefix"));
  s.reply_path = std::string(host.string("reply_path"));
  s.reply_unit = std::string(host.string("reply_unit"));

  if (s.max_attachments < 0 || s.max_attachments > 50)
    throw sdk::config_error("max_attachments: must be between 0 and 50");
  if (!is_region_prefix(s.region_prefix))
    throw sdk::config_error("region_prefix: must be empty or 1 to 12 digits, e.g. 50 for Chongqing");
  if (!is_plain_absolute_path(s.reply_path))
    throw sdk::config_error("reply_path: must start with '/' and hold no query, fragment or whitespace");
  if (sdk::is_blank(s.reply_unit) || sdk::count_characters(s.reply_unit) > max_reply_unit)
    throw sdk::config_error("reply_unit: must be 1 to 100 characters");
  return s;
}

}  // namespace casegw::gov_service_platform
