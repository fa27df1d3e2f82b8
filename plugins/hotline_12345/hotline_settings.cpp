#include "hotline_settings.hpp"

#include <casegw/sdk/region_code.hpp>

namespace casegw::hotline_12345 {

namespace {

// An absolute path the gateway can append to the channel's base URL as it is.
bool is_request_path(std::string_view path) noexcept {
  if (path.size() < 2 || path.front() != '/') return false;
  for (const char c : path)
    if (c == '?' || c == '#' || static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7F)
      return false;
  return true;
}

}  // namespace

hotline_settings hotline_settings::read(const sdk::host& host) {
  hotline_settings s;
  s.reply_path = std::string(host.string("reply_path"));
  s.default_region_code = std::string(host.string("default_region_code"));
  s.accept_landline = host.boolean("accept_landline");
  const std::int64_t max_content = host.integer("max_content_chars");

  if (!is_request_path(s.reply_path))
    throw sdk::config_error(
        "reply_path: must start with '/' and hold no query, fragment, space or non-ASCII character");
  if (!s.default_region_code.empty()) {
    if (const auto problem = sdk::region_code_format_problem(s.default_region_code); !problem.empty())
      throw sdk::config_error("default_region_code: the region code " + std::string(problem));
    if (!host.division_known(s.default_region_code))
      throw sdk::config_error("default_region_code: the region code is not in the official division list");
  }
  if (max_content < 1 || max_content > unified_max_content_chars)
    throw sdk::config_error("max_content_chars: must be between 1 and 20000");
  s.max_content_chars = static_cast<std::size_t>(max_content);
  return s;
}

}  // namespace casegw::hotline_12345
