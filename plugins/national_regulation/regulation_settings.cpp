#include "regulation_settings.hpp"

#include <algorithm>

namespace casegw::national_regulation {

namespace {

bool is_code_character(char c) noexcept {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '-';
}

bool is_access_code(std::string_view code) noexcept {
  return !code.empty() && code.size() <= 32 && std::all_of(code.begin(), code.end(), is_code_character);
}

// An absolute path without query, fragment, spaces or control characters, not ending in '/'.
bool is_request_path(std::string_view path) noexcept {
  if (path.size() < 2 || path.front() != '/' || path.back() == '/') return false;
  return std::none_of(path.begin(), path.end(), [](char c) {
    return c == '?' || c == '#' || static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) == 0x7F;
  });
}

}  // namespace

regulation_settings regulation_settings::read(const sdk::host& host) {
  regulation_settings s;
  s.access_code = std::string(host.string("access_code"));
  s.max_attachments = host.integer("max_attachments");
  s.feedback_path = std::string(host.string("feedback_path"));

  if (!is_access_code(s.access_code))
    throw sdk::config_error("access_code: must be 1 to 32 of A-Z a-z 0-9 _ -");
  if (s.max_attachments < 0 || s.max_attachments > 50)
    throw sdk::config_error("max_attachments: must be between 0 and 50");
  if (!is_request_path(s.feedback_path))
    throw sdk::config_error("feedback_path: must start with '/', not end with '/', and hold no query, fragment or space");
  return s;
}

}  // namespace casegw::national_regulation
