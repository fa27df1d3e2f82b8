#include "attachment_mapping.hpp"

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/text.hpp>

#include <algorithm>

namespace casegw::hotline_12345 {

namespace {

constexpr std::size_t max_url = 2048;
constexpr std::size_t max_media_type = 127;
constexpr std::string_view token_punctuation = "!#$&^_.+-";

char to_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), to_lower);
  return text;
}

bool is_token(std::string_view text) noexcept {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || token_punctuation.find(c) != std::string_view::npos;
  });
}

// type/subtype without parameters (lowercased first: media types are case-insensitive).
bool is_media_type(std::string_view text) noexcept {
  const auto slash = text.find('/');
  return slash != std::string_view::npos && text.size() <= max_media_type && is_token(text.substr(0, slash)) &&
         is_token(text.substr(slash + 1));
}

bool is_sha256_hex(std::string_view text) noexcept {
  return text.size() == 64 &&
         std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// The file service hands out https links; the workflow fetches them over the internet.
bool is_https_url(std::string_view url) noexcept { return url.size() > 8 && url.substr(0, 8) == "https://"; }

sdk::attachment map_one(const wire_element& attachment) {
  sdk::attachment out;
  out.uri = attachment.required_text("url");
  sdk::require_max_length(attachment.field_path("url"), out.uri, max_url);
  if (!is_https_url(out.uri)) throw sdk::invalid_field(attachment.field_path("url"), "must be an https:// URL");

  if (auto media_type = attachment.optional_text("mimeType")) {
    out.mime = lowercase(*std::move(media_type));
    if (!is_media_type(out.mime))
      throw sdk::invalid_field(attachment.field_path("mimeType"),
                               "must be a media type like audio/mpeg, without parameters");
  }
  if (const auto size = attachment.optional_count("size")) out.size = *size;
  if (auto digest = attachment.optional_text("sha256")) {
    out.sha256 = lowercase(*std::move(digest));
    if (!is_sha256_hex(out.sha256))
      throw sdk::invalid_field(attachment.field_path("sha256"), "must be 64 hexadecimal digits");
  }
  return out;
}

}  // namespace

void map_attachments(const wire_element& order, sdk::case_builder& out) {
  const auto attachments = order.optional_group("attachments");
  if (!attachments) return;
  const auto items = attachments->repeated_groups("attachment");
  if (items.size() > max_attachments)
    throw sdk::invalid_field(attachments->path(), "holds more than the 50 attachments a case may carry");
  for (const auto& item : items) out.add_attachment(map_one(item));
}

}  // namespace casegw::hotline_12345
