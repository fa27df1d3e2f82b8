#include "attachment_mapping.hpp"

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::state_council {

namespace {

constexpr std::size_t max_attachments = 50;  // the unified case's limit
constexpr std::size_t max_url = 2048;
constexpr std::size_t max_mime = 127;
constexpr std::size_t digest_hex_digits = 64;  // SHA-256 and SM3 are both 256 bits

// type/subtype in lowercase without parameters, as the unified case spells media types.
bool is_lowercase_media_type(std::string_view mime) noexcept {
  constexpr std::string_view token = "abcdefghijklmnopqrstuvwxyz0123456789!#$&^_.+-";
  const auto slash = mime.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 == mime.size() || mime.size() > max_mime) return false;
  return mime.substr(0, slash).find_first_not_of(token) == std::string_view::npos &&
         mime.substr(slash + 1).find_first_not_of(token) == std::string_view::npos;
}

// Lowercase hex of a 256-bit digest, or "" when the text is not one.
std::string lowered_digest(std::string_view text) {
  if (text.size() != digest_hex_digits) return {};
  std::string lowered(text);
  for (char& c : lowered) {
    if (c >= 'A' && c <= 'F') c = static_cast<char>(c - 'A' + 'a');
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return {};
  }
  return lowered;
}

// The SHA-256 for the unified case; "" for an SM3 digest, which has no place there.
std::string read_digest(const sdk::json::json_object& file) {
  const auto digest = file.optional_object("digest");
  if (!digest) return {};
  const std::string algorithm = digest->required_string("algorithm");
  if (algorithm != "SHA-256" && algorithm != "SM3")
    throw sdk::invalid_field(digest->path_of("algorithm"), "must be SHA-256 or SM3");
  std::string value = lowered_digest(digest->required_string("value"));
  if (value.empty()) throw sdk::invalid_field(digest->path_of("value"), "must be 64 hexadecimal digits");
  return algorithm == "SHA-256" ? value : std::string();
}

sdk::attachment read_attachment(const sdk::json::json_object& file) {
  sdk::attachment out;
  out.uri = file.required_string("url");
  sdk::require_max_length(file.path_of("url"), out.uri, max_url);
  // The platform's file service is https only; any other scheme cannot be fetched safely.
  if (out.uri.rfind("https://", 0) != 0 || out.uri.size() == 8)
    throw sdk::invalid_field(file.path_of("url"), "must be an https:// URL");
  if (auto mime = file.optional_string("mimeType")) {
    if (!is_lowercase_media_type(*mime))
      throw sdk::invalid_field(file.path_of("mimeType"), "must be a lowercase media type like application/pdf");
    out.mime = *std::move(mime);
  }
  if (const auto size = file.optional_non_negative_integer("size")) out.size = *size;
  out.sha256 = read_digest(file);
  file.optional_string("fileName");  // may name the citizen: not mapped, but a string when sent
  return out;
}

}  // namespace

void map_attachments(const sdk::json::json_object& item, sdk::case_builder& out) {
  const auto files = item.optional_object_array("attachments");
  if (files.size() > max_attachments)
    throw sdk::invalid_field(item.path_of("attachments"), "holds more than the 50 attachments a case may carry");
  for (const auto& file : files) out.add_attachment(read_attachment(file));
}

}  // namespace casegw::state_council
