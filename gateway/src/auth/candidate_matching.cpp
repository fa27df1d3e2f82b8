#include "auth/candidate_matching.hpp"

#include "auth/signature_encoding.hpp"
#include "auth/signature_header.hpp"

#include <string>

namespace casegw::auth {

verify_result match_signature_candidates(std::string_view signature_header_value,
                                         const std::function<candidate_check(std::string_view)>& check) {
  const auto header = parse_signature_header(signature_header_value);
  if (header.entries > max_signature_entries) {
    return verify_result::rejected(signature_error::malformed,
                                   "signature header carries more than " + std::to_string(max_signature_entries) +
                                       " entries");
  }
  if (header.candidates.empty()) {
    return verify_result::rejected(signature_error::malformed, "signature header has no v1 entry");
  }
  bool any_decoded = false;
  for (const auto text : header.candidates) {
    const auto bytes = decode_signature_text(text);
    if (!bytes) continue;
    const auto outcome = check(*bytes);
    if (outcome == candidate_check::matches) return verify_result::accepted();
    if (outcome == candidate_check::differs) any_decoded = true;
  }
  if (!any_decoded) {
    return verify_result::rejected(signature_error::malformed,
                                   "signature header entries are neither hex nor base64 of a valid signature");
  }
  return verify_result::rejected(signature_error::signature, "signature does not match");
}

}  // namespace casegw::auth
