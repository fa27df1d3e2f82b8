#include "complainant_mapping.hpp"

#include "investor_country.hpp"

#include <casegw/sdk/identity_numbers.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::foreign_investment {

namespace {

constexpr std::size_t max_enterprise_name = 100;  // reporter.name in the unified case

// Credit codes are printed in capitals; some relays lower-case the whole form.
std::string uppercase(std::string text) {
  for (char& c : text)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return text;
}

bool is_domain_label_character(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

bool is_domain(std::string_view domain) noexcept {
  std::size_t labels = 0;
  while (true) {
    const std::size_t dot = domain.find('.');
    const std::string_view label = domain.substr(0, dot);
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
    for (char c : label)
      if (!is_domain_label_character(c)) return false;
    ++labels;
    if (dot == std::string_view::npos) return labels >= 2;
    domain.remove_prefix(dot + 1);
  }
}

// The common address form (RFC 5322 dot-atom, ASCII): what the complaint system's form accepts.
bool is_email_address(std::string_view address) noexcept {
  constexpr std::string_view local_specials = "!#$%&'*+/=?^_`{|}~.-";
  const std::size_t at = address.find('@');
  if (at == std::string_view::npos || address.find('@', at + 1) != std::string_view::npos) return false;
  const std::string_view local = address.substr(0, at);
  if (local.empty() || local.size() > 64 || local.front() == '.' || local.back() == '.' ||
      local.find("..") != std::string_view::npos)
    return false;
  for (char c : local)
    if (!is_domain_label_character(c) && local_specials.find(c) == std::string_view::npos) return false;
  return is_domain(address.substr(at + 1));
}

sdk::reporter enterprise(const complaint_form& form) {
  sdk::reporter reporter;
  reporter.type = sdk::reporter_type::enterprise;
  reporter.name = form.required_line("enterpriseName", max_enterprise_name);
  reporter.id_number = uppercase(form.required_text("creditCode"));
  if (!sdk::is_unified_social_credit_code(reporter.id_number))
    throw sdk::invalid_field("creditCode", "must be an 18-character unified social credit code with a valid check character");
  return reporter;
}

}  // namespace

void map_complainant(const complaint_form& form, complaint_statement& statement, sdk::case_builder& out) {
  sdk::reporter reporter = enterprise(form);

  statement.investor_country = form.required_text("investorCountry");
  if (const auto problem = investor_country_problem(statement.investor_country); !problem.empty())
    throw sdk::invalid_field("investorCountry", problem);

  statement.contact_name = form.required_line("contactName", max_contact_name);
  reporter.phone = form.required_text("contactMobile");
  if (!sdk::is_mainland_mobile(reporter.phone))
    throw sdk::invalid_field("contactMobile", "must be an 11-digit mainland mobile number");
  if (auto email = form.optional_line("contactEmail", max_contact_email)) {
    if (!is_email_address(*email)) throw sdk::invalid_field("contactEmail", "must be an e-mail address like name@example.com");
    statement.contact_email = *std::move(email);
  }
  reporter.contact_consent = form.flag("contactConsent", false);
  out.reporter(std::move(reporter));
}

}  // namespace casegw::foreign_investment
