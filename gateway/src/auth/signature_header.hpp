// Parsing of the X-Casegw-Signature header value: one or more space-separated entries, each
// "v1,<signature>" (Standard Webhooks style) or a bare "<signature>" for senders that send a
// single value. Several entries let a sender sign with its old and new key while a key is
// being rotated; the verifier accepts the request when any entry matches.
#pragma once

#include <string_view>
#include <vector>

namespace casegw::auth {

// A header may carry at most this many entries; more is treated as malformed rather than
// letting a peer make us compute an unbounded number of comparisons.
inline constexpr std::size_t max_signature_entries = 8;

struct signature_header {
  std::vector<std::string_view> candidates;  // signature texts of the "v1" and bare entries
  std::size_t entries = 0;                   // all entries, including other versions
};

// Entries with another version tag ("v1a,...", "v2,...") are skipped, not errors, so that a
// sender can add a newer scheme alongside v1. The views point into `value`.
signature_header parse_signature_header(std::string_view value);

}  // namespace casegw::auth
