#include "user_mapping.hpp"

#include "ykb_vocabulary.hpp"

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/identity_numbers.hpp>
#include <casegw/sdk/text.hpp>

#include <initializer_list>

namespace casegw::yukuaiban {

namespace {

constexpr std::size_t max_name = 100;

// The unified id_number pattern ^[0-9A-Za-z]{4,32}$, the form of passports and travel permits.
bool is_certificate_number(std::string_view number) noexcept {
  if (number.size() < 4 || number.size() > 32) return false;
  for (char c : number)
    if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
  return true;
}

void refuse_fields(const sdk::json::json_object& user, std::initializer_list<std::string_view> keys, std::string_view user_type) {
  for (auto key : keys)
    if (user.has(key))
      throw sdk::invalid_field(user.path_of(key), "is not allowed for a user of type " + std::string(user_type));
}

void map_name_and_mobile(const sdk::json::json_object& user, sdk::reporter& out) {
  out.name = user.required_string("name");
  sdk::require_max_length(user.path_of("name"), out.name, max_name);
  out.phone = user.required_string("mobile");
  if (!sdk::is_mainland_mobile(out.phone))
    throw sdk::invalid_field(user.path_of("mobile"), "must be an 11-digit mainland mobile number");
}

std::string certificate_number(const sdk::json::json_object& user) {
  const std::string type = user.optional_string("certType").value_or(std::string(resident_id_cert_type));
  if (!is_cert_type(type)) throw sdk::invalid_field(user.path_of("certType"), "must be one of " + std::string(cert_type_codes));
  const std::string number = user.required_string("certNo");
  if (type == resident_id_cert_type) {
    auto normalized = sdk::normalized_resident_id(number);
    if (!normalized)
      throw sdk::invalid_field(user.path_of("certNo"), "must be an 18-character resident ID number with a valid check digit");
    return *std::move(normalized);
  }
  if (!is_certificate_number(number))
    throw sdk::invalid_field(user.path_of("certNo"), "must be 4 to 32 ASCII letters or digits");
  return number;
}

sdk::reporter personal(const sdk::json::json_object& user) {
  refuse_fields(user, {"creditCode"}, "PERSONAL");
  sdk::reporter out;
  out.type = sdk::reporter_type::person;
  map_name_and_mobile(user, out);
  out.id_number = certificate_number(user);
  return out;
}

sdk::reporter corporate(const sdk::json::json_object& user) {
  refuse_fields(user, {"certType", "certNo"}, "CORPORATE");
  sdk::reporter out;
  out.type = sdk::reporter_type::enterprise;
  map_name_and_mobile(user, out);
  out.id_number = user.required_string("creditCode");
  if (!sdk::is_unified_social_credit_code(out.id_number))
    throw sdk::invalid_field(user.path_of("creditCode"),
                             "must be an 18-character unified social credit code with a valid check character");
  return out;
}

}  // namespace

void map_user(const sdk::json::json_object& user, sdk::case_builder& out) {
  const std::string type = user.required_string("userType");
  sdk::reporter reporter;
  if (type == "PERSONAL") {
    reporter = personal(user);
  } else if (type == "CORPORATE") {
    reporter = corporate(user);
  } else {
    throw sdk::invalid_field(user.path_of("userType"), "must be PERSONAL or CORPORATE");
  }
  reporter.contact_consent = user.optional_bool("contactConsent").value_or(false);
  out.reporter(std::move(reporter));
}

}  // namespace casegw::yukuaiban
