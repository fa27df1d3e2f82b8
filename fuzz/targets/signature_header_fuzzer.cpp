// X-Casegw-Signature parsing and signature-text decoding (gateway/src/auth/signature_header.hpp,
// signature_encoding.hpp, candidate_matching.hpp). Input: the header value.
//
// Invariants:
//   - entries counts the non-empty space-separated entries; candidates are the "v1,<x>" and
//     bare entries in order, as views into the value, without spaces;
//   - decoding is canonical: hex decodes only from even-length hex and encodes back to it
//     (case aside), base64 decodes only from text that encodes back to it (padding aside);
//   - matching never calls the check for more than eight entries or an undecodable candidate,
//     accepts only when a check matched, and otherwise refuses with AUTH_MALFORMED or
//     AUTH_SIGNATURE without repeating the header.
#include "auth/candidate_matching.hpp"
#include "auth/signature_encoding.hpp"
#include "auth/signature_header.hpp"

#include "auth_input.hpp"

#include <string>
#include <vector>

namespace {

using namespace casegw;

void check_decoding(std::string_view text) {
  const auto decoded = auth::decode_signature_text(text);
  if (!decoded) return;
  const auto hex = auth::decode_hex(text);
  if (hex) {
    CASEGW_FUZZ_REQUIRE(*hex == *decoded, "even-length hex text decodes as hex");
    CASEGW_FUZZ_REQUIRE(fuzz::hex_of(*decoded) == fuzz::lowercase(text), "hex decoding is canonical");
    return;
  }
  std::string padded(text);
  while (padded.size() % 4 != 0) padded += '=';
  CASEGW_FUZZ_REQUIRE(auth::encode_base64(*decoded) == padded, "base64 decoding is canonical");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view value(reinterpret_cast<const char*>(data), size);
  const auto header = auth::parse_signature_header(value);

  CASEGW_FUZZ_REQUIRE(header.entries == fuzz::header_entries(value), "entries are the non-empty space-separated parts");
  std::vector<std::string_view> expected;
  for (std::size_t at = 0; at < value.size();) {
    const auto end = std::min(value.find(' ', at), value.size());
    const auto entry = value.substr(at, end - at);
    if (!entry.empty() && entry.find(',') == std::string_view::npos) expected.push_back(entry);
    else if (entry.starts_with("v1,")) expected.push_back(entry.substr(3));
    at = end + 1;
  }
  CASEGW_FUZZ_REQUIRE(header.candidates == expected, "candidates are the v1 and bare entries in order");
  for (const auto candidate : header.candidates) {
    CASEGW_FUZZ_REQUIRE(candidate.data() >= value.data() && candidate.data() + candidate.size() <= value.data() + value.size(),
                        "a candidate is a view into the header");
    check_decoding(candidate);
  }
  check_decoding(value);
  CASEGW_FUZZ_REQUIRE(auth::decode_base64(auth::encode_base64(value)) == std::string(value), "base64 round-trips");
  CASEGW_FUZZ_REQUIRE(auth::decode_hex(fuzz::hex_of(value)) == std::string(value), "hex round-trips");

  // Matching, with a check that accepts a decoded value whose first byte is even.
  std::size_t checks = 0;
  bool matched = false;
  const auto result = auth::match_signature_candidates(value, [&](std::string_view decoded) {
    ++checks;
    CASEGW_FUZZ_REQUIRE(!decoded.empty(), "only decodable candidates are checked");
    const bool even = (static_cast<unsigned char>(decoded.front()) % 2) == 0;
    matched = matched || even;
    return even ? auth::candidate_check::matches : auth::candidate_check::differs;
  });
  if (header.entries > auth::max_signature_entries) CASEGW_FUZZ_REQUIRE(checks == 0 && !result.ok(), "too many entries are refused unchecked");
  CASEGW_FUZZ_REQUIRE(result.ok() == matched, "accepted exactly when a candidate matched");
  if (!result.ok()) fuzz::check_signature_refusal(result, {value, {}});
  return 0;
}
