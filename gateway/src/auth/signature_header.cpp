#include "auth/signature_header.hpp"

namespace casegw::auth {
namespace {

constexpr std::string_view supported_version = "v1";

// Appends the signature text of one entry when its version is ours (or it has none).
void add_entry(std::string_view entry, signature_header& header) {
  ++header.entries;
  const auto comma = entry.find(',');
  if (comma == std::string_view::npos) {
    header.candidates.push_back(entry);
    return;
  }
  if (entry.substr(0, comma) == supported_version) header.candidates.push_back(entry.substr(comma + 1));
}

}  // namespace

signature_header parse_signature_header(std::string_view value) {
  signature_header header;
  std::size_t position = 0;
  while (position < value.size()) {
    const auto end = value.find(' ', position);
    const auto entry = value.substr(position, end == std::string_view::npos ? std::string_view::npos : end - position);
    if (!entry.empty()) add_entry(entry, header);
    if (end == std::string_view::npos) break;
    position = end + 1;
  }
  return header;
}

}  // namespace casegw::auth
