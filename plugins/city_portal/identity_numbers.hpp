// Format and check-digit rules of the identifiers a reporter gives. The portal verifies these
// at submission time; checking again here catches a backend that mixed fields up (a mobile
// number in the ID field) before personal data lands in the wrong place of the unified case.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace casegw::city_portal {

// Mainland mobile number: 11 digits starting 13..19.
bool is_mainland_mobile(std::string_view text) noexcept;

// Resident identity card number (GB 11643): 17 digits and an ISO 7064 MOD 11-2 check
// character. Returns the number with a lowercase check 'x' raised to 'X', or nullopt.
std::optional<std::string> normalized_resident_id(std::string_view text);

// Unified social credit code of an organization (GB 32100): 18 characters from the code's
// 31-letter alphabet, the last a MOD 31 check character.
bool is_unified_social_credit_code(std::string_view text) noexcept;

}  // namespace casegw::city_portal
