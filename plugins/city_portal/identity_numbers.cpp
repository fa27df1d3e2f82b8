#include "identity_numbers.hpp"

#include "wire_text.hpp"

namespace casegw::city_portal {

bool is_mainland_mobile(std::string_view text) noexcept {
  return text.size() == 11 && is_all_digits(text) && text[0] == '1' && text[1] >= '3';
}

std::optional<std::string> normalized_resident_id(std::string_view text) {
  static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr std::string_view check_characters = "10X98765432";
  if (text.size() != 18 || !is_all_digits(text.substr(0, 17))) return std::nullopt;
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (text[i] - '0') * weights[i];
  std::string id(text);
  if (id[17] == 'x') id[17] = 'X';
  if (id[17] != check_characters[sum % 11]) return std::nullopt;
  return id;
}

bool is_unified_social_credit_code(std::string_view text) noexcept {
  // The alphabet leaves out I, O, Z, S and V, which read like digits.
  static constexpr std::string_view alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
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

}  // namespace casegw::city_portal
