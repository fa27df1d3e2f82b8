#include "complaint_content.hpp"

#include <string_view>

namespace casegw::foreign_investment {

namespace {

constexpr std::string_view country_label = "外国投资者国别（地区）：";
constexpr std::string_view contact_label = "联系人：";
constexpr std::string_view email_label = "电子邮箱：";
constexpr std::string_view facts_heading = "【事实与理由】";
constexpr std::string_view requests_heading = "【请求事项】";

constexpr std::size_t characters(std::string_view utf8) {
  std::size_t n = 0;
  for (char c : utf8)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

constexpr std::size_t max_unified_content = 20000;
constexpr std::size_t line_breaks = 8;  // the most the layout adds, counting blank lines
constexpr std::size_t longest_content = characters(country_label) + 2 + characters(contact_label) + max_contact_name +
                                        characters(email_label) + max_contact_email + characters(facts_heading) +
                                        max_facts + characters(requests_heading) + max_requests + line_breaks;
static_assert(longest_content <= max_unified_content, "the part limits must keep content within the unified case's");

}  // namespace

std::string compose_content(const complaint_statement& s) {
  std::string text;
  text.reserve(s.facts.size() + s.requests.size() + 256);
  text.append(country_label).append(s.investor_country).append("\n");
  text.append(contact_label).append(s.contact_name).append("\n");
  if (!s.contact_email.empty()) text.append(email_label).append(s.contact_email).append("\n");
  text.append("\n").append(facts_heading).append("\n").append(s.facts);
  if (!s.requests.empty()) text.append("\n\n").append(requests_heading).append("\n").append(s.requests);
  return text;
}

}  // namespace casegw::foreign_investment
