#include "portal_settings.hpp"

#include "portal_vocabulary.hpp"

#include <casegw/sdk/region_code.hpp>

namespace casegw::city_portal {

namespace {

bool is_path_prefix(std::string_view prefix) noexcept {
  if (prefix.size() < 2 || prefix.front() != '/' || prefix.back() == '/') return false;
  for (char c : prefix)
    if (c == '?' || c == '#' || c == ' ' || static_cast<unsigned char>(c) < 0x21) return false;
  return true;
}

}  // namespace

portal_settings portal_settings::read(const sdk::host& host) {
  portal_settings s;
  s.max_attachments = host.integer("max_attachments");
  s.require_region_code = host.boolean("require_region_code");
  s.fallback_region_code = std::string(host.string("fallback_region_code"));
  s.default_sub_channel = std::string(host.string("default_sub_channel"));
  s.progress_path_prefix = std::string(host.string("progress_path_prefix"));

  if (s.max_attachments < 0 || s.max_attachments > 50)
    throw sdk::config_error("max_attachments: must be between 0 and 50");
  if (const auto problem = sdk::region_code_format_problem(s.fallback_region_code); !problem.empty())
    throw sdk::config_error("fallback_region_code: " + std::string(problem));
  // Cases filed under it must pass the same division check as the codes the portal sends.
  if (!host.division_known(s.fallback_region_code))
    throw sdk::config_error("fallback_region_code: not in the gateway's division data (config/divisions)");
  if (!is_sub_channel(s.default_sub_channel))
    throw sdk::config_error("default_sub_channel: must be one of web, wechat, app");
  if (!is_path_prefix(s.progress_path_prefix))
    throw sdk::config_error("progress_path_prefix: must start with '/', not end with '/', and hold no query");
  return s;
}

}  // namespace casegw::city_portal
