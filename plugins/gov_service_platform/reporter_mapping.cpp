#include "reporter_mapping.hpp"

#include "platform_vocabulary.hpp"

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/identity_numbers.hpp>
#include <casegw/sdk/text.hpp>

#include <initializer_list>

namespace casegw::gov_service_platform {

namespace {

constexpr std::size_t max_name = 100;

void refuse_given(const flat_message& m, std::initializer_list<const char*> keys, std::string_view reporter) {
  for (const char* key : keys)
    if (m.has(key))
      throw sdk::rejection(sdk::code::invalid_field, key, "is not allowed for " + std::string(reporter));
}

// Passports and the mainland travel permits of Hong Kong, Macao and Taiwan residents have no
// public check digit and their formats vary by issue; the unified case takes letters and digits.
bool is_travel_document_number(std::string_view number) noexcept {
  if (number.size() < 5 || number.size() > 20) return false;
  for (char c : number)
    if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
  return true;
}

std::string identity_document(const flat_message& m) {
  const std::string cert_type = m.text("certType").value_or(std::string(resident_id_cert_type));
  const auto document = document_for_cert_type(cert_type);
  if (!document) throw sdk::invalid_field("certType", "must be one of 111, 414, 516, 511");
  const auto number = m.text("certNo");
  if (!number) return {};
  if (*document == document_kind::resident_id) {
    auto id = sdk::normalized_resident_id(*number);
    if (!id) throw sdk::invalid_field("certNo", "must be an 18-character resident ID number with a valid check digit");
    return *std::move(id);
  }
  if (!is_travel_document_number(*number)) throw sdk::invalid_field("certNo", "must be 5 to 20 letters or digits");
  return *number;
}

void map_name_and_mobile(const flat_message& m, sdk::reporter& r) {
  r.name = m.required_text("userName");
  sdk::require_max_length("userName", r.name, max_name);
  r.phone = m.required_text("mobile");
  if (!sdk::is_mainland_mobile(r.phone)) throw sdk::invalid_field("mobile", "must be an 11-digit mainland mobile number");
}

sdk::reporter person(const flat_message& m) {
  refuse_given(m, {"creditCode"}, "a person (userType 1)");
  sdk::reporter r;
  r.type = sdk::reporter_type::person;
  map_name_and_mobile(m, r);
  r.id_number = identity_document(m);
  return r;
}

sdk::reporter enterprise(const flat_message& m) {
  refuse_given(m, {"certType", "certNo"}, "an enterprise (userType 2), which creditCode identifies");
  sdk::reporter r;
  r.type = sdk::reporter_type::enterprise;
  map_name_and_mobile(m, r);
  r.id_number = m.required_text("creditCode");
  if (!sdk::is_unified_social_credit_code(r.id_number))
    throw sdk::invalid_field("creditCode", "must be an 18-character unified social credit code with a valid check character");
  return r;
}

// Identifying data on an anonymous message is a platform defect; forwarding it would break
// the reporter's anonymity, so the message is refused instead.
sdk::reporter anonymous(const flat_message& m) {
  refuse_given(m, {"userName", "mobile", "certNo", "creditCode"}, "an anonymous reporter");
  sdk::reporter r;
  r.type = sdk::reporter_type::anonymous;
  return r;
}

sdk::reporter named(const flat_message& m) {
  const std::string user_type = m.required_text("userType");
  if (user_type == "1") return person(m);
  if (user_type == "2") return enterprise(m);
  throw sdk::invalid_field("userType", "must be 1 (person) or 2 (enterprise)");
}

}  // namespace

void map_reporter(const flat_message& message, sdk::case_builder& out) {
  const bool is_anonymous = message.flag("anonymousFlag").value_or(false);
  sdk::reporter r = is_anonymous ? anonymous(message) : named(message);
  // 同意回访. Nobody can call an anonymous reporter back, whatever the flag says.
  const bool agrees_to_callback = message.flag("callbackFlag").value_or(false);
  r.contact_consent = agrees_to_callback && !is_anonymous;
  out.reporter(std::move(r));
}

}  // namespace casegw::gov_service_platform
