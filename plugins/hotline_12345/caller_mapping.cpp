#include "caller_mapping.hpp"

#include "hotline_vocabulary.hpp"
#include "phone_number.hpp"

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/identity_numbers.hpp>
#include <casegw/sdk/text.hpp>

#include <initializer_list>

namespace casegw::hotline_12345 {

namespace {

constexpr std::size_t max_name = 100;

void refuse_fields(const wire_element& caller, std::initializer_list<std::string_view> children, std::string_view why) {
  for (const auto child : children)
    if (caller.has(child)) throw sdk::invalid_field(caller.field_path(child), "is not allowed " + std::string(why));
}

std::string read_phone(const wire_element& caller, const hotline_settings& settings) {
  const auto phone = read_phone_number(caller.required_text("phone"));
  if (!phone)
    throw sdk::invalid_field(
        caller.field_path("phone"),
        "must be an 11-digit mainland mobile number or a fixed line with its area code, like 023-68881234");
  if (phone->kind == phone_kind::landline && !settings.accept_landline)
    throw sdk::invalid_field(caller.field_path("phone"),
                             "must be a mainland mobile number: this channel accepts no fixed lines");
  return phone->text;
}

void map_name_and_phone(const wire_element& caller, const hotline_settings& settings, sdk::reporter& out) {
  out.name = caller.required_text("name");
  sdk::require_max_length(caller.field_path("name"), out.name, max_name);
  out.phone = read_phone(caller, settings);
}

sdk::reporter person(const wire_element& caller, const hotline_settings& settings) {
  refuse_fields(caller, {"creditCode"}, "for a caller of type 个人");
  sdk::reporter out;
  out.type = sdk::reporter_type::person;
  map_name_and_phone(caller, settings, out);
  if (const auto id = caller.optional_text("idNumber")) {
    auto normalized = sdk::normalized_resident_id(*id);
    if (!normalized)
      throw sdk::invalid_field(caller.field_path("idNumber"),
                               "must be an 18-character resident ID number with a valid check digit");
    out.id_number = *std::move(normalized);
  }
  return out;
}

// Callers phoning for a company rarely have its credit code at hand, so it is optional.
sdk::reporter enterprise(const wire_element& caller, const hotline_settings& settings) {
  refuse_fields(caller, {"idNumber"}, "for a caller of type 企业");
  sdk::reporter out;
  out.type = sdk::reporter_type::enterprise;
  map_name_and_phone(caller, settings, out);
  if (auto code = caller.optional_text("creditCode")) {
    if (!sdk::is_unified_social_credit_code(*code))
      throw sdk::invalid_field(caller.field_path("creditCode"),
                               "must be an 18-character unified social credit code with a valid check character");
    out.id_number = *std::move(code);
  }
  return out;
}

// The hotline keeps an anonymous caller's number for its own callback; a work order that still
// carries it is a defect of the export, and forwarding it would break the caller's anonymity.
sdk::reporter anonymous(const wire_element& caller) {
  refuse_fields(caller, {"name", "phone", "idNumber", "creditCode"}, "for an anonymous caller");
  sdk::reporter out;
  out.type = sdk::reporter_type::anonymous;
  return out;
}

}  // namespace

void map_caller(const wire_element& caller, const hotline_settings& settings, sdk::case_builder& out) {
  const auto type = reporter_type_for_caller_type(caller.required_text("type"));
  if (!type) throw sdk::invalid_field(caller.field_path("type"), "must be one of " + std::string(caller_types_allowed));
  sdk::reporter mapped;
  if (*type == sdk::reporter_type::person) {
    mapped = person(caller, settings);
  } else if (*type == sdk::reporter_type::enterprise) {
    mapped = enterprise(caller, settings);
  } else {
    mapped = anonymous(caller);
  }
  // Nobody can call an anonymous caller back through the workflow, whatever the form said.
  const bool consent = caller.optional_boolean("callbackConsent").value_or(false);
  mapped.contact_consent = consent && mapped.type != sdk::reporter_type::anonymous;
  out.reporter(std::move(mapped));
}

}  // namespace casegw::hotline_12345
