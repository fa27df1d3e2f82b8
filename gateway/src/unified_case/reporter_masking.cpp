#include "unified_case/reporter_masking.hpp"

#include "unified_case/utf8.hpp"

#include <algorithm>
#include <functional>

namespace casegw::unified_case {
namespace {

constexpr std::size_t address_kept_code_points = 6;
constexpr std::size_t phone_min_digits_to_keep_ends = 8;
constexpr std::size_t phone_leading_digits_kept = 3;
constexpr std::size_t phone_trailing_digits_kept = 4;

std::string stars(std::size_t count) { return std::string(count, '*'); }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Applies `mask` to a string member of `object` when there is one; other types are left to
// the validator, which never lets them through.
void mask_member(boost::json::object& object, std::string_view key, const std::function<std::string(std::string_view)>& mask) {
  auto* value = object.if_contains(key);
  if (value != nullptr && value->is_string()) *value = mask(value->get_string());
}

}  // namespace

std::string mask_name(std::string_view name) {
  const std::size_t length = count_code_points(name);
  if (length <= 1) return stars(length);
  return std::string(first_code_points(name, 1)) + stars(length - 1);
}

std::string mask_phone(std::string_view phone) {
  const auto digits = static_cast<std::size_t>(std::count_if(phone.begin(), phone.end(), is_digit));
  if (digits < phone_min_digits_to_keep_ends) return stars(count_code_points(phone));
  std::string out(phone);
  std::size_t digit_index = 0;
  for (char& c : out) {
    if (!is_digit(c)) continue;
    const bool kept = digit_index < phone_leading_digits_kept || digit_index >= digits - phone_trailing_digits_kept;
    if (!kept) c = '*';
    ++digit_index;
  }
  return out;
}

std::string mask_id_number(std::string_view id_number) {
  const std::size_t length = count_code_points(id_number);
  if (length < 4) return stars(length);
  return std::string(first_code_points(id_number, 1)) + stars(length - 2) + std::string(last_code_points(id_number, 1));
}

std::string mask_address(std::string_view address) {
  const std::size_t length = count_code_points(address);
  if (length == 0) return "";
  const std::size_t kept = length > address_kept_code_points ? address_kept_code_points : length / 2;
  return std::string(first_code_points(address, kept)) + "***";
}

boost::json::object masked_case(const boost::json::object& unified_case) {
  boost::json::object masked = unified_case;
  if (auto* reporter = masked.if_contains("reporter"); reporter != nullptr && reporter->is_object()) {
    mask_member(reporter->get_object(), "name", mask_name);
    mask_member(reporter->get_object(), "phone", mask_phone);
    mask_member(reporter->get_object(), "id_number", mask_id_number);
  }
  if (auto* location = masked.if_contains("location"); location != nullptr && location->is_object()) {
    mask_member(location->get_object(), "address", mask_address);
  }
  mask_member(masked, "content", [](std::string_view content) {
    return "[redacted: " + std::to_string(count_code_points(content)) + " characters]";
  });
  if (auto* scope = masked.if_contains("scope"); scope != nullptr && scope->is_object()) {
    if (auto* matched = scope->get_object().if_contains("matched"); matched != nullptr && matched->is_array())
      *matched = "[redacted: " + std::to_string(matched->get_array().size()) + " terms]";
  }
  return masked;
}

}  // namespace casegw::unified_case
