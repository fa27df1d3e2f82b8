#include "complaint_form.hpp"

#include "free_text.hpp"

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::foreign_investment {

namespace {

// 15 digits reach the year 33658; anything longer is out of range, never a real submission.
constexpr std::size_t max_epoch_digits = 15;
constexpr std::int64_t beyond_any_date = 999'999'999'999'999;

}  // namespace

bool complaint_form::has(std::string_view key) const { return optional_text(key).has_value(); }

std::optional<std::string> complaint_form::optional_text(std::string_view key) const {
  auto value = fields_.get(key);
  if (!value || sdk::is_blank(*value)) return std::nullopt;
  return value;
}

std::string complaint_form::required_text(std::string_view key) const {
  auto value = optional_text(key);
  if (!value) throw sdk::missing_field(std::string(key));
  return *std::move(value);
}

std::optional<std::string> complaint_form::optional_line(std::string_view key, std::size_t max_characters) const {
  auto value = optional_text(key);
  if (value) {
    sdk::require_max_length(std::string(key), *value, max_characters);
    require_single_line(std::string(key), *value);
  }
  return value;
}

std::string complaint_form::required_line(std::string_view key, std::size_t max_characters) const {
  auto value = optional_line(key, max_characters);
  if (!value) throw sdk::missing_field(std::string(key));
  return *std::move(value);
}

bool complaint_form::flag(std::string_view key, bool when_absent) const {
  const auto value = optional_text(key);
  if (!value) return when_absent;
  if (*value == "1") return true;
  if (*value == "0") return false;
  throw sdk::wrong_type(std::string(key), "1 (yes) or 0 (no)");
}

std::optional<std::int64_t> complaint_form::optional_epoch_millis(std::string_view key) const {
  const auto value = optional_text(key);
  if (!value) return std::nullopt;
  if (!sdk::is_all_digits(*value)) throw sdk::wrong_type(std::string(key), "epoch milliseconds written as decimal digits");
  if (value->size() > max_epoch_digits) return beyond_any_date;
  return std::stoll(*value);
}

std::int64_t complaint_form::required_epoch_millis(std::string_view key) const {
  const auto millis = optional_epoch_millis(key);
  if (!millis) throw sdk::missing_field(std::string(key));
  return *millis;
}

}  // namespace casegw::foreign_investment
