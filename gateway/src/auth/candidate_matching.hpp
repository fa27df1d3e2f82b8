// The part every signature scheme shares: split the header into entries, decode each, try
// each against the scheme's check, and turn the result into AUTH_MALFORMED / AUTH_SIGNATURE.
#pragma once

#include "auth/signature_error.hpp"

#include <functional>
#include <string_view>

namespace casegw::auth {

enum class candidate_check { matches, differs, undecodable };

// check receives the decoded bytes of one candidate. Accepts when any candidate matches;
// AUTH_SIGNATURE when at least one decoded but none matched; AUTH_MALFORMED when the header
// has no usable entry, too many entries, or nothing decodable.
verify_result match_signature_candidates(std::string_view signature_header_value,
                                         const std::function<candidate_check(std::string_view)>& check);

}  // namespace casegw::auth
