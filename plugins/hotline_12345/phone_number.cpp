#include "phone_number.hpp"

#include <casegw/sdk/identity_numbers.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::hotline_12345 {

namespace {

// Beijing (010) and the 02x cities (Chongqing 023, ...) have 3-digit area codes, all others 4.
std::size_t area_code_length(std::string_view digits) noexcept {
  if (digits.size() < 3 || digits[0] != '0') return 0;
  if (digits.substr(0, 3) == "010" || digits[1] == '2') return 3;
  return digits[1] >= '3' ? 4 : 0;
}

bool is_local_number(std::string_view text) noexcept {
  return (text.size() == 7 || text.size() == 8) && sdk::is_all_digits(text) && text[0] >= '2';
}

bool is_extension(std::string_view text) noexcept { return text.size() <= 6 && sdk::is_all_digits(text); }

std::optional<phone_number> read_landline(std::string_view text) {
  const std::size_t area_length = area_code_length(text);
  if (area_length == 0 || !sdk::is_all_digits(text.substr(0, area_length))) return std::nullopt;
  const std::string_view area = text.substr(0, area_length);
  std::string_view rest = text.substr(area_length);
  if (!rest.empty() && rest.front() == '-') rest.remove_prefix(1);

  const std::size_t extension_at = rest.find('-');
  const std::string_view local = rest.substr(0, extension_at);
  if (!is_local_number(local)) return std::nullopt;
  std::string normalized = std::string(area) + "-" + std::string(local);
  if (extension_at != std::string_view::npos) {
    const std::string_view extension = rest.substr(extension_at + 1);
    if (!is_extension(extension)) return std::nullopt;
    normalized += "-" + std::string(extension);
  }
  return phone_number{phone_kind::landline, std::move(normalized)};
}

}  // namespace

std::optional<phone_number> read_phone_number(std::string_view text) {
  if (sdk::is_mainland_mobile(text)) return phone_number{phone_kind::mobile, std::string(text)};
  return read_landline(text);
}

}  // namespace casegw::hotline_12345
