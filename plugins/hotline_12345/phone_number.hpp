// The numbers a 12345 caller leaves: a mainland mobile number, or a fixed line with its area
// code, which callers from offices and older households still give. Both fit the unified
// case's reporter.phone pattern once written the one way this adapter writes them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace casegw::hotline_12345 {

enum class phone_kind { mobile, landline };

struct phone_number {
  phone_kind kind;
  std::string text;  // mobile: the 11 digits; landline: "023-68881234" or "023-68881234-8012"
};

// Mobile: 11 digits starting 13..19. Landline: area code 010, 02x (3 digits) or 0[3-9]xx
// (4 digits), an optional '-', a 7 or 8-digit local number not starting with 0 or 1, and
// optionally '-' and an extension of 1 to 6 digits. nullopt for anything else.
std::optional<phone_number> read_phone_number(std::string_view text);

}  // namespace casegw::hotline_12345
