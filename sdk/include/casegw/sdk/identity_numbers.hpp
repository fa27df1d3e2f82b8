// Format and check-digit rules of the identifiers reporters and enterprises give. Platforms
// verify these at submission; checking again catches a backend that mixed fields up (a mobile
// number in the ID field) before personal data lands in the wrong place of the unified case.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace casegw::sdk {

// Mainland mobile number: 11 digits starting 13..19.
inline bool is_mainland_mobile(std::string_view text) noexcept {
  if (text.size() != 11 || text[0] != '1' || text[1] < '3' || text[1] > '9') return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

// Resident identity card number (GB 11643): 17 digits and an ISO 7064 MOD 11-2 check
// character. Returns the number with a lowercase check 'x' raised to 'X', or nullopt.
inline std::optional<std::string> normalized_resident_id(std::string_view text) {
  if (text.size() != 18) return std::nullopt;
  static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr char checks[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  int sum = 0;
  for (int i = 0; i < 17; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    sum += (text[i] - '0') * weights[i];
  }
  const char last = text[17] == 'x' ? 'X' : text[17];
  if (last != checks[sum % 11]) return std::nullopt;
  std::string out(text);
  out[17] = last;
  return out;
}

// Unified social credit code of an organization (GB 32100): 18 characters from the code's
// 31-character alphabet (no I, O, Z, S, V), the last a MOD 31 check character.
inline bool is_unified_social_credit_code(std::string_view text) noexcept {
  constexpr std::string_view alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static constexpr int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  if (text.size() != 18) return false;
  int sum = 0;
  for (int i = 0; i < 17; ++i) {
    const auto value = alphabet.find(text[i]);
    if (value == std::string_view::npos) return false;
    sum += static_cast<int>(value) * weights[i];
  }
  const int check = (31 - sum % 31) % 31;
  return text[17] == alphabet[check];
}

}  // namespace casegw::sdk
