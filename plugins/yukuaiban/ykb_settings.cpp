#include "ykb_settings.hpp"

#include <string_view>

namespace casegw::yukuaiban {

namespace {

// What 渝快办 issues as an application id: ASCII letters, digits, '.', '_' and '-'.
bool is_app_id(std::string_view id) noexcept {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                    c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

// An absolute path without query, fragment, spaces or control characters; the gateway joins it
// to the channel's configured base URL.
bool is_request_path(std::string_view path) noexcept {
  if (path.size() < 2 || path.front() != '/' || path.find("//") != std::string_view::npos) return false;
  for (char c : path)
    if (c == '?' || c == '#' || static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7F) return false;
  return true;
}

}  // namespace

ykb_settings ykb_settings::read(const sdk::host& host) {
  ykb_settings s;
  s.max_materials = host.integer("max_materials");
  s.app_id = std::string(host.string("app_id"));
  s.progress_path = std::string(host.string("progress_path"));

  if (s.max_materials < 0 || s.max_materials > 50) throw sdk::config_error("max_materials: must be between 0 and 50");
  if (!s.app_id.empty() && !is_app_id(s.app_id))
    throw sdk::config_error("app_id: must be 1 to 64 ASCII letters, digits, '.', '_' or '-'");
  if (!is_request_path(s.progress_path))
    throw sdk::config_error("progress_path: must be an absolute path starting with '/', without query, fragment or spaces");
  return s;
}

}  // namespace casegw::yukuaiban
