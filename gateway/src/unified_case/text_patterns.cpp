#include "unified_case/text_patterns.hpp"

#include "time/rfc3339.hpp"

#include <algorithm>

namespace casegw::unified_case {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_alnum(char c) { return is_digit(c) || is_lower(c) || (c >= 'A' && c <= 'Z'); }
bool is_lower_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f'); }

template <typename Predicate>
bool all_of(std::string_view text, Predicate predicate) {
  return std::all_of(text.begin(), text.end(), predicate);
}

// One leading character of one class, then `min_rest..max_rest` of another.
template <typename First, typename Rest>
bool lead_then_rest(std::string_view text, First first, Rest rest, std::size_t min_rest, std::size_t max_rest) {
  if (text.empty() || !first(text.front())) return false;
  const std::string_view tail = text.substr(1);
  return tail.size() >= min_rest && tail.size() <= max_rest && all_of(tail, rest);
}

bool is_media_type_char(char c) {
  return is_digit(c) || is_lower(c) || std::string_view("!#$&^_.+-").find(c) != std::string_view::npos;
}

}  // namespace

bool is_reference(std::string_view text) {
  const auto rest = [](char c) { return is_alnum(c) || std::string_view("._:/-").find(c) != std::string_view::npos; };
  return lead_then_rest(text, is_alnum, rest, 0, 127);
}

bool is_sub_channel(std::string_view text) {
  const auto rest = [](char c) { return is_lower(c) || is_digit(c) || c == '_'; };
  return lead_then_rest(text, is_lower, rest, 0, 31);
}

bool is_region_code(std::string_view text) {
  const std::size_t n = text.size();
  return (n == 6 || n == 9 || n == 12) && all_of(text, is_digit);
}

bool is_media_type(std::string_view text) {
  if (text.size() > 127) return false;
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) return false;
  const std::string_view type = text.substr(0, slash);
  const std::string_view subtype = text.substr(slash + 1);
  return !type.empty() && !subtype.empty() && all_of(type, is_media_type_char) && all_of(subtype, is_media_type_char);
}

bool is_sha256_hex(std::string_view text) { return text.size() == 64 && all_of(text, is_lower_hex); }

bool is_phone_number(std::string_view text) {
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  const auto rest = [](char c) { return is_digit(c) || c == ' ' || c == '-'; };
  return lead_then_rest(text, is_digit, rest, 4, 30);
}

bool is_id_number(std::string_view text) {
  return text.size() >= 4 && text.size() <= 32 && all_of(text, is_alnum);
}

bool is_rfc3339_timestamp(std::string_view text) { return time::parse_rfc3339(text).has_value(); }

}  // namespace casegw::unified_case
