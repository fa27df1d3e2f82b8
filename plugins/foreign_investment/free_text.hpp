// Rules for the free text of a complaint form. Lengths are the caller's (sdk::require_max_length);
// these are about characters a form field should never carry.
#pragma once

#include <string>
#include <string_view>

namespace casegw::foreign_investment {

// One-line inputs (title, names, codes): any control character, a line break included, is
// INVALID_FIELD naming key. A relay that lets one through has mangled the form.
void require_single_line(const std::string& key, std::string_view text);

// Text areas (facts, requests): browsers submit line breaks as CRLF (HTML form submission
// normalizes them so); the case keeps one LF per break. Tabs and line breaks stay; any other
// control character is INVALID_FIELD naming key.
std::string normalized_paragraphs(const std::string& key, std::string_view text);

}  // namespace casegw::foreign_investment
