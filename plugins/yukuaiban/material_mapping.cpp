#include "material_mapping.hpp"

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::yukuaiban {

namespace {

constexpr std::size_t max_url = 2048;
constexpr std::size_t max_mime = 127;

char to_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowercase(std::string text) {
  for (char& c : text) c = to_lower(c);
  return text;
}

bool is_hex_digest(std::string_view text) noexcept {
  if (text.size() != 64) return false;
  for (char c : text)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
  return true;
}

bool is_token_character(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || std::string_view("!#$&^_.+-").find(c) != std::string_view::npos;
}

// Lowercase type/subtype without parameters, the form the unified case accepts. Media types
// are case-insensitive (RFC 2045), so an uppercase one is lowered by the caller, not refused.
bool is_media_type(std::string_view mime) noexcept {
  const auto slash = mime.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 == mime.size()) return false;
  for (std::size_t i = 0; i < mime.size(); ++i)
    if (i != slash && !is_token_character(mime[i])) return false;
  return true;
}

// 渝快办's file service hands out https links; anything else cannot be fetched safely.
bool is_https_url(std::string_view url) noexcept { return url.size() > 8 && url.substr(0, 8) == "https://"; }

sdk::attachment map_one(const sdk::json::json_object& material) {
  sdk::attachment out;
  out.uri = material.required_string("url");
  sdk::require_max_length(material.path_of("url"), out.uri, max_url);
  if (!is_https_url(out.uri)) throw sdk::invalid_field(material.path_of("url"), "must be an https:// URL");

  if (auto mime = material.optional_string("mimeType")) {
    out.mime = lowercase(*std::move(mime));
    if (out.mime.size() > max_mime || !is_media_type(out.mime))
      throw sdk::invalid_field(material.path_of("mimeType"), "must be a media type like image/jpeg, without parameters");
  }
  if (const auto size = material.optional_integer("fileSize")) {
    if (*size < 0) throw sdk::invalid_field(material.path_of("fileSize"), "must not be negative");
    out.size = *size;
  }
  if (auto sha256 = material.optional_string("sha256")) {
    if (!is_hex_digest(*sha256)) throw sdk::invalid_field(material.path_of("sha256"), "must be 64 hexadecimal digits");
    out.sha256 = lowercase(*std::move(sha256));
  }
  // The unified attachment has no name: fileName is checked for its type only, not mapped.
  material.optional_string("fileName");
  return out;
}

}  // namespace

void map_materials(const sdk::json::json_object& data, std::int64_t max_materials, sdk::case_builder& out) {
  const auto materials = data.optional_object_array("materials");
  if (static_cast<std::int64_t>(materials.size()) > max_materials)
    throw sdk::invalid_field(data.path_of("materials"),
                             "holds more than the " + std::to_string(max_materials) + " materials this channel accepts");
  for (const auto& material : materials) out.add_attachment(map_one(material));
}

}  // namespace casegw::yukuaiban
