#include "attachment_mapping.hpp"

#include <casegw/sdk/text.hpp>

#include <limits>
#include <optional>

namespace casegw::city_portal {

namespace {

constexpr std::size_t max_url = 2048;
constexpr std::size_t max_mime = 127;

bool is_hex(std::string_view text) noexcept {
  for (char c : text)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
  return true;
}

// The unified case spells digests in lowercase; some portal builds upload them uppercase.
std::string lowercase(std::string text) {
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return text;
}

bool is_mime_token_character(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || std::string_view("!#$&^_.+-").find(c) != std::string_view::npos;
}

// type/subtype in lowercase, without parameters: what the unified case accepts.
bool is_media_type(std::string_view mime) noexcept {
  const auto slash = mime.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 == mime.size()) return false;
  for (std::size_t i = 0; i < mime.size(); ++i)
    if (i != slash && !is_mime_token_character(mime[i])) return false;
  return true;
}

// The portal's file service hands out https links; anything else cannot be fetched safely.
bool is_https_url(std::string_view url) noexcept { return url.size() > 8 && url.substr(0, 8) == "https://"; }

// The portal's rule for a size (docs/channels/city_portal.md): any JSON number is the right
// type, so one that is negative or has a fraction is INVALID_FIELD, anything else WRONG_TYPE.
std::optional<std::int64_t> optional_size(const sdk::json::json_object& a) {
  const boost::json::value* v = a.optional_value("size");
  if (v == nullptr) return std::nullopt;
  if (v->is_int64() && v->get_int64() >= 0) return v->get_int64();
  if (v->is_uint64() && v->get_uint64() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
    return static_cast<std::int64_t>(v->get_uint64());
  if (!v->is_number()) throw sdk::wrong_type(a.path_of("size"), "a non-negative integer");
  throw sdk::invalid_field(a.path_of("size"), "must be a non-negative integer");
}

sdk::attachment map_one(const sdk::json::json_object& a) {
  sdk::attachment out;
  out.uri = a.required_string("url");
  sdk::require_max_length(a.path_of("url"), out.uri, max_url);
  if (!is_https_url(out.uri)) throw sdk::invalid_field(a.path_of("url"), "must be an https:// URL");

  if (auto mime = a.optional_string("mimeType")) {
    sdk::require_max_length(a.path_of("mimeType"), *mime, max_mime);
    if (!is_media_type(*mime)) throw sdk::invalid_field(a.path_of("mimeType"), "must be a lowercase media type like image/jpeg");
    out.mime = *std::move(mime);
  }
  if (const auto size = optional_size(a)) out.size = *size;
  if (auto sha256 = a.optional_string("sha256")) {
    if (sha256->size() != 64 || !is_hex(*sha256))
      throw sdk::invalid_field(a.path_of("sha256"), "must be 64 hexadecimal digits");
    out.sha256 = lowercase(*std::move(sha256));
  }
  return out;
}

}  // namespace

void map_attachments(const sdk::json::json_object& submission, std::int64_t max_attachments, sdk::case_builder& out) {
  const auto attachments = submission.optional_object_array("attachments");
  if (static_cast<std::int64_t>(attachments.size()) > max_attachments)
    throw sdk::rejection(sdk::code::invalid_field, submission.path_of("attachments"),
                         "more attachments than the " + std::to_string(max_attachments) + " this channel accepts");
  for (const auto& a : attachments) out.add_attachment(map_one(a));
}

}  // namespace casegw::city_portal
