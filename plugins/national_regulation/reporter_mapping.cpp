#include "reporter_mapping.hpp"

#include "regulation_vocabulary.hpp"

#include <casegw/sdk/identity_numbers.hpp>
#include <casegw/sdk/text.hpp>

#include <initializer_list>

namespace casegw::national_regulation {

namespace {

constexpr std::size_t max_name = 100;

bool is_landline(std::string_view text) noexcept {
  const auto dash = text.find('-');
  if (dash == std::string_view::npos)
    return text.size() >= 10 && text.size() <= 12 && text[0] == '0' && sdk::is_all_digits(text);
  const std::string_view area = text.substr(0, dash), local = text.substr(dash + 1);
  return area.size() >= 3 && area.size() <= 4 && area[0] == '0' && sdk::is_all_digits(area) && local.size() >= 7 &&
         local.size() <= 8 && local[0] != '0' && sdk::is_all_digits(local);
}

void refuse_present(const sdk::json::json_object& reporter, std::initializer_list<std::string_view> keys, std::string_view why) {
  for (const auto key : keys)
    if (reporter.optional_string(key)) throw sdk::invalid_field(reporter.path_of(key), why);
}

// An anonymous clue that carries identifying data is a defect upstream; forwarding the data
// would break the reporter's anonymity, so the push is refused instead.
sdk::reporter anonymous(const sdk::json::json_object& reporter) {
  refuse_present(reporter, {"name", "phone", "idNumber", "creditCode"}, "must be absent for an anonymous reporter");
  sdk::reporter out;
  out.type = sdk::reporter_type::anonymous;
  return out;
}

void map_phone(const sdk::json::json_object& reporter, sdk::reporter& out) {
  auto phone = reporter.optional_string("phone");
  if (!phone) return;
  if (!is_contact_phone(*phone))
    throw sdk::invalid_field(reporter.path_of("phone"), "must be a mainland mobile number or a landline with its area code");
  out.phone = *std::move(phone);
}

void map_person_id(const sdk::json::json_object& reporter, sdk::reporter& out) {
  refuse_present(reporter, {"creditCode"}, "is for organisations, not for a natural person (type 01)");
  const auto id = reporter.optional_string("idNumber");
  if (!id) return;
  auto normalized = sdk::normalized_resident_id(*id);
  if (!normalized)
    throw sdk::invalid_field(reporter.path_of("idNumber"), "must be an 18-character resident ID number with a valid check digit");
  out.id_number = *std::move(normalized);
}

void map_credit_code(const sdk::json::json_object& reporter, sdk::reporter& out) {
  refuse_present(reporter, {"idNumber"}, "is for natural persons, not for an organisation (type 02)");
  out.id_number = reporter.required_string("creditCode");
  if (!sdk::is_unified_social_credit_code(out.id_number))
    throw sdk::invalid_field(reporter.path_of("creditCode"),
                             "must be an 18-character unified social credit code with a valid check character");
}

sdk::reporter identified(const sdk::json::json_object& reporter, std::string_view type) {
  sdk::reporter out;
  out.type = std::string(type);
  out.name = reporter.required_string("name");
  sdk::require_max_length(reporter.path_of("name"), out.name, max_name);
  if (type == sdk::reporter_type::person) {
    map_person_id(reporter, out);
  } else {
    map_credit_code(reporter, out);
  }
  map_phone(reporter, out);
  out.contact_consent = reporter.optional_bool("contactConsent").value_or(false);
  return out;
}

}  // namespace

bool is_contact_phone(std::string_view text) noexcept { return sdk::is_mainland_mobile(text) || is_landline(text); }

void map_reporter(const sdk::json::json_object& reporter, sdk::case_builder& out) {
  const bool is_anonymous = reporter.optional_bool("anonymous").value_or(false);
  const auto code = reporter.optional_string("type");  // may be left out for an anonymous reporter
  if (!code && !is_anonymous) throw sdk::missing_field(reporter.path_of("type"));
  const auto type = code ? reporter_type_for_code(*code) : std::optional<std::string_view>{};
  if (code && !type) throw sdk::invalid_field(reporter.path_of("type"), "must be 01 or 02");
  if (is_anonymous) {
    reporter.optional_bool("contactConsent").value_or(false);  // must still be a boolean; nobody calls an anonymous reporter
    out.reporter(anonymous(reporter));
  } else {
    out.reporter(identified(reporter, *type));
  }
}

}  // namespace casegw::national_regulation
