#include "attachment_mapping.hpp"

#include <casegw/sdk/text.hpp>

#include <algorithm>

namespace casegw::national_regulation {

namespace {

constexpr std::size_t max_url = 2048;
constexpr std::size_t max_media_type = 127;
constexpr std::string_view token_punctuation = "!#$&^_.+-";

bool is_lowercase_token(std::string_view text) noexcept {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || token_punctuation.find(c) != std::string_view::npos;
  });
}

// The file service of the national system hands out https links; anything else (http, ftp,
// file) could not be fetched safely by the workflow.
std::string file_url(const sdk::json::json_object& file) {
  std::string url = file.required_string("url");
  sdk::require_max_length(file.path_of("url"), url, max_url);
  if (!url.starts_with("https://") || url.size() == 8) throw sdk::invalid_field(file.path_of("url"), "must be an https:// URL");
  return url;
}

// "type/subtype" in lowercase without parameters, as the unified case spells it; "" when absent.
std::string media_type(const sdk::json::json_object& file) {
  auto mime = file.optional_string("mimeType").value_or("");
  const auto slash = mime.find('/');
  const bool valid = slash != std::string::npos && mime.size() <= max_media_type &&
                     is_lowercase_token(std::string_view(mime).substr(0, slash)) &&
                     is_lowercase_token(std::string_view(mime).substr(slash + 1));
  if (!mime.empty() && !valid) throw sdk::invalid_field(file.path_of("mimeType"), "must be a lowercase media type like image/jpeg");
  return mime;
}

bool is_hex_digit(char c) noexcept { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// 64 hex digits, lowered: the unified case spells digests in lowercase. "" when absent.
std::string sha256_digest(const sdk::json::json_object& file) {
  auto digest = file.optional_string("sha256");
  if (!digest) return {};
  if (digest->size() != 64 || !std::all_of(digest->begin(), digest->end(), is_hex_digit))
    throw sdk::invalid_field(file.path_of("sha256"), "must be 64 hexadecimal digits");
  std::transform(digest->begin(), digest->end(), digest->begin(),
                 [](char c) { return (c >= 'A' && c <= 'F') ? static_cast<char>(c - 'A' + 'a') : c; });
  return *std::move(digest);
}

// Bytes; -1 when the platform does not say.
std::int64_t byte_size(const sdk::json::json_object& file) {
  const auto size = file.optional_integer("size");
  if (size && *size < 0) throw sdk::invalid_field(file.path_of("size"), "must not be negative");
  return size.value_or(-1);
}

}  // namespace

void map_attachments(const sdk::json::json_object& clue, std::int64_t max_attachments, sdk::case_builder& out) {
  const auto files = clue.optional_object_array("attachments");
  if (static_cast<std::int64_t>(files.size()) > max_attachments)
    throw sdk::invalid_field(clue.path_of("attachments"),
                             "holds more attachments than the " + std::to_string(max_attachments) + " this channel accepts");
  for (const auto& file : files) {
    file.optional_string("fileName");  // shown to people on the platform; the unified case has no member for it
    out.add_attachment(sdk::attachment{file_url(file), media_type(file), sha256_digest(file), byte_size(file)});
  }
}

}  // namespace casegw::national_regulation
