// Masks the reporter's personal data for admin views whose caller is not entitled to see it
// (SPEC §3, confidentiality). Every function is UTF-8 aware: it keeps or hides whole code
// points, never bytes, so a masked Chinese name stays valid text.
#pragma once

#include <boost/json/object.hpp>

#include <string>
#include <string_view>

namespace casegw::unified_case {

// First code point, then one '*' per remaining code point: "张三" -> "张*", "欧阳娜娜" -> "欧***".
// A one-character name is fully masked ("*"), since keeping it would reveal it.
std::string mask_name(std::string_view name);

// With 8 or more digits, keeps the first 3 and last 4 digits and masks the digits between,
// leaving separators in place: "13812345678" -> "138****5678". Shorter: every character '*'.
std::string mask_phone(std::string_view phone);

// First and last character kept, the rest masked: "11010519491231002X" -> "1****************X".
// Fewer than 4 characters: every character '*'.
std::string mask_id_number(std::string_view id_number);

// The first 6 code points then "***" (the district, rarely the door). An address of 6 code
// points or fewer keeps only its first half, so a short address is never shown whole.
std::string mask_address(std::string_view address);

// A copy of a unified case with reporter.name, reporter.phone, reporter.id_number and
// location.address masked, content replaced by "[redacted: N characters]", and the scope
// screening's matched terms (words found in the content) by "[redacted: N terms]": the rule
// and exclusion code say why a case was flagged without quoting it.
boost::json::object masked_case(const boost::json::object& unified_case);

}  // namespace casegw::unified_case
