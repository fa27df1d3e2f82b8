#include "attachment_numbering.hpp"

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/text.hpp>

#include <map>

namespace casegw::foreign_investment {

namespace {

constexpr std::string_view key_prefix = "attachment";
constexpr std::size_t max_url = 2048;  // attachments[].uri in the unified case
// Longer numbers cannot be within max_attachments (at most 50); they are read as "too many".
constexpr std::size_t max_number_digits = 3;
constexpr int beyond_any_limit = 1000;

// The attachment number of key, or 0 when key is not attachment<digits>.
int attachment_number(const std::string& key) {
  if (!key.starts_with(key_prefix)) return 0;
  const std::string_view digits = std::string_view(key).substr(key_prefix.size());
  if (!sdk::is_all_digits(digits)) return 0;
  if (digits.front() == '0')
    throw sdk::rejection(sdk::code::invalid_field, key, "attachments are numbered attachment1, attachment2, … without leading zeros");
  return digits.size() > max_number_digits ? beyond_any_limit : std::stoi(std::string(digits));
}

std::map<int, std::string> numbered_keys(const complaint_form& form) {
  std::map<int, std::string> keys;
  for (const auto& [key, value] : form.fields().all())
    if (const int number = attachment_number(key); number > 0) keys.emplace(number, key);
  return keys;
}

bool is_url_character(char c) noexcept { return c > ' ' && static_cast<unsigned char>(c) < 0x7F; }

sdk::attachment attachment_at(const complaint_form& form, const std::string& key, std::string_view url_prefix) {
  sdk::attachment a;
  a.uri = form.required_text(key);
  sdk::require_max_length(key, a.uri, max_url);
  bool printable = true;
  for (char c : a.uri) printable = printable && is_url_character(c);
  if (!printable || !a.uri.starts_with(url_prefix) || a.uri.size() == url_prefix.size())
    throw sdk::invalid_field(key, "must be a URL of the complaint system's file service (setting attachment_url_prefix)");
  return a;
}

}  // namespace

void map_attachments(const complaint_form& form, const complaint_settings& settings, sdk::case_builder& out) {
  int expected = 1;
  for (const auto& [number, key] : numbered_keys(form)) {
    if (number != expected)
      throw sdk::rejection(sdk::code::invalid_field, key,
                           "comes after a missing attachment" + std::to_string(expected) + ": attachments are numbered from 1 without gaps");
    if (number > settings.max_attachments)
      throw sdk::rejection(sdk::code::invalid_field, key,
                           "is one attachment more than the " + std::to_string(settings.max_attachments) + " this channel accepts");
    out.add_attachment(attachment_at(form, key, settings.attachment_url_prefix));
    ++expected;
  }
}

}  // namespace casegw::foreign_investment
