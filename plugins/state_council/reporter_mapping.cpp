#include "reporter_mapping.hpp"

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/identity_numbers.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::state_council {

namespace {

constexpr std::size_t max_name = 100;

bool is_passport_number(std::string_view text) noexcept {
  if (text.size() < 5 || text.size() > 17) return false;
  for (const char c : text)
    if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
  return true;
}

// The certificate number, checked for its type; an individual may not give a credit code, nor
// an enterprise a personal document.
std::string read_certificate(const sdk::json::json_object& certificate, bool is_individual) {
  const std::string type = certificate.required_string("type");
  const std::string number = certificate.required_string("number");
  const std::string number_path = certificate.path_of("number");
  if (is_individual && type == "resident_id") {
    auto id = sdk::normalized_resident_id(number);
    if (!id) throw sdk::invalid_field(number_path, "must be an 18-character resident ID number with a valid check digit");
    return *std::move(id);
  }
  if (is_individual && type == "passport") {
    if (!is_passport_number(number)) throw sdk::invalid_field(number_path, "must be 5 to 17 letters or digits");
    return number;
  }
  if (!is_individual && type == "credit_code") {
    if (!sdk::is_unified_social_credit_code(number))
      throw sdk::invalid_field(number_path, "must be an 18-character unified social credit code with a valid check character");
    return number;
  }
  throw sdk::invalid_field(certificate.path_of("type"), is_individual ? "must be resident_id or passport for an individual"
                                                                        : "must be credit_code for an enterprise or organization");
}

// An anonymous item that carries identifying data is a platform defect: forwarding the data
// would break the citizen's anonymity, so the item is refused instead.
sdk::reporter anonymous_reporter(const sdk::json::json_object& reporter) {
  for (const std::string_view key : {"name", "phone", "certificate"})
    if (reporter.has(key)) throw sdk::invalid_field(reporter.path_of(key), "is not allowed for an anonymous reporter");
  sdk::reporter out;
  out.type = sdk::reporter_type::anonymous;
  return out;
}

sdk::reporter named_reporter(const sdk::json::json_object& reporter) {
  const std::string type = reporter.required_string("type");
  const bool is_individual = type == "individual";
  if (!is_individual && type != "enterprise" && type != "organization")
    throw sdk::invalid_field(reporter.path_of("type"), "must be one of individual, enterprise, organization");

  sdk::reporter out;
  out.type = is_individual ? sdk::reporter_type::person : sdk::reporter_type::enterprise;
  out.name = reporter.required_string("name");
  sdk::require_max_length(reporter.path_of("name"), out.name, max_name);
  out.phone = reporter.required_string("phone");
  if (!is_reporter_phone(out.phone))
    throw sdk::invalid_field(reporter.path_of("phone"), "must be a mainland mobile number or a fixed-line number with its area code");

  const auto certificate = reporter.optional_object("certificate");
  if (certificate) out.id_number = read_certificate(*certificate, is_individual);
  if (!certificate && !is_individual) throw sdk::missing_field(reporter.path_of("certificate"));
  return out;
}

}  // namespace

bool is_reporter_phone(std::string_view text) noexcept {
  if (sdk::is_mainland_mobile(text)) return true;
  if (text.size() < 10 || text[0] != '0') return false;
  const auto dash = text.find('-');
  std::string digits(text.substr(0, dash));
  if (dash != std::string_view::npos) {
    if (dash < 3 || dash > 4) return false;  // area codes are 010..0999: 3 or 4 digits
    digits += text.substr(dash + 1);
  }
  return sdk::is_all_digits(digits) && digits.size() >= 10 && digits.size() <= 12;
}

void map_reporter(const sdk::json::json_object& reporter, sdk::case_builder& out) {
  const bool anonymous = reporter.optional_bool("anonymous").value_or(false);
  sdk::reporter mapped = anonymous ? anonymous_reporter(reporter) : named_reporter(reporter);
  // Nobody can call an anonymous reporter back, whatever the flag says.
  mapped.contact_consent = !anonymous && reporter.optional_bool("contactAllowed").value_or(false);
  out.reporter(std::move(mapped));
  out.consent_to_disclose(reporter.optional_bool("disclosureAllowed").value_or(false));
}

}  // namespace casegw::state_council
