// The unified case has one free-text member, content. This channel's form splits the matter
// into facts and reasons (事实与理由) and requests (请求事项), and carries details about the
// complainant that the unified case has no member for (the investor's country or region, the
// contact person's name and e-mail). content combines them, always in this layout:
//
//   外国投资者国别（地区）：JP
//   联系人：李明
//   电子邮箱：li.ming@example.com          <- only when contactEmail was given
//                                           <- blank line
//   【事实与理由】
//   <facts, line breaks as LF>
//                                           <- blank line and section only when requests were given
//   【请求事项】
//   <requests>
//
// The contact details are personal data, and so is content: both are confidential alike
// (docs/unified-case.md §3), and neither reaches the respondent without consent_to_disclose.
#pragma once

#include <cstddef>
#include <string>

namespace casegw::foreign_investment {

// Each part's limit, in characters. Chosen so that the longest content they allow stays within
// the unified case's 20 000 (checked at compile time in complaint_content.cpp): the channel can
// then name the field that is too long instead of failing on the combined text.
inline constexpr std::size_t max_contact_name = 50;
inline constexpr std::size_t max_contact_email = 254;
inline constexpr std::size_t max_facts = 15000;
inline constexpr std::size_t max_requests = 4000;

struct complaint_statement {
  std::string investor_country;  // two capitals
  std::string contact_name;
  std::string contact_email;  // empty when not given
  std::string facts;
  std::string requests;  // empty when not given
};

std::string compose_content(const complaint_statement& statement);

}  // namespace casegw::foreign_investment
