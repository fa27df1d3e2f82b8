#include "attachment_list.hpp"

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::gov_service_platform {

namespace {

constexpr std::size_t max_url = 2048;
constexpr std::string_view https_scheme = "https://";

// An https URL with a host and no whitespace or control characters: a link the workflow can
// fetch over TLS from the platform's file service, and nothing that could smuggle a header.
bool is_https_url(std::string_view url) noexcept {
  if (!url.starts_with(https_scheme) || url.size() == https_scheme.size() || url[https_scheme.size()] == '/') return false;
  for (unsigned char c : url)
    if (c <= 0x20 || c == 0x7F) return false;
  return true;
}

}  // namespace

void map_attachments(const flat_message& message, std::int64_t max_attachments, sdk::case_builder& out) {
  const std::vector<std::string> urls = message.text_list("attachments");
  if (static_cast<std::int64_t>(urls.size()) > max_attachments)
    throw sdk::invalid_field("attachments", "lists more than the " + std::to_string(max_attachments) +
                                                " attachments this channel accepts (setting max_attachments)");
  for (std::size_t i = 0; i < urls.size(); ++i) {
    const std::string path = "attachments[" + std::to_string(i) + "]";
    sdk::require_max_length(path, urls[i], max_url);
    if (!is_https_url(urls[i])) throw sdk::invalid_field(path, "must be an https:// URL");
    sdk::attachment a;
    a.uri = urls[i];
    out.add_attachment(std::move(a));
  }
}

}  // namespace casegw::gov_service_platform
