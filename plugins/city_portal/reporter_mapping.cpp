#include "reporter_mapping.hpp"

#include <casegw/sdk/identity_numbers.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::city_portal {

namespace {

constexpr std::size_t max_name = 100;

void refuse_fields(const sdk::json::json_object& reporter, std::initializer_list<std::string_view> keys, std::string_view type) {
  for (auto key : keys)
    if (reporter.has(key))
      throw sdk::rejection(sdk::code::invalid_field, reporter.path_of(key),
                           "the field is not allowed for a reporter of type " + std::string(type));
}

void map_name_and_mobile(const sdk::json::json_object& reporter, sdk::reporter& out) {
  out.name = reporter.required_string("name");
  sdk::require_max_length(reporter.path_of("name"), out.name, max_name);
  out.phone = reporter.required_string("mobile");
  if (!sdk::is_mainland_mobile(out.phone))
    throw sdk::invalid_field(reporter.path_of("mobile"), "must be an 11-digit mainland mobile number");
}

sdk::reporter person(const sdk::json::json_object& reporter) {
  refuse_fields(reporter, {"creditCode"}, "person");
  sdk::reporter out;
  out.type = sdk::reporter_type::person;
  map_name_and_mobile(reporter, out);
  if (const auto id = reporter.optional_string("idNumber")) {
    auto normalized = sdk::normalized_resident_id(*id);
    if (!normalized)
      throw sdk::invalid_field(reporter.path_of("idNumber"), "must be an 18-character resident ID number with a valid check digit");
    out.id_number = *std::move(normalized);
  }
  return out;
}

sdk::reporter enterprise(const sdk::json::json_object& reporter) {
  refuse_fields(reporter, {"idNumber"}, "enterprise");
  sdk::reporter out;
  out.type = sdk::reporter_type::enterprise;
  map_name_and_mobile(reporter, out);
  out.id_number = reporter.required_string("creditCode");
  if (!sdk::is_unified_social_credit_code(out.id_number))
    throw sdk::invalid_field(reporter.path_of("creditCode"), "must be an 18-character unified social credit code with a valid check character");
  return out;
}

// An anonymous submission that carries identifying data is a portal defect; forwarding the
// data would break the reporter's anonymity, so the push is refused instead.
sdk::reporter anonymous(const sdk::json::json_object& reporter) {
  refuse_fields(reporter, {"name", "mobile", "idNumber", "creditCode"}, "anonymous");
  sdk::reporter out;
  out.type = sdk::reporter_type::anonymous;
  return out;
}

}  // namespace

void map_reporter(const sdk::json::json_object& reporter, sdk::case_builder& out) {
  const std::string type = reporter.required_string("type");
  sdk::reporter mapped;
  if (type == "person") {
    mapped = person(reporter);
  } else if (type == "enterprise") {
    mapped = enterprise(reporter);
  } else if (type == "anonymous") {
    mapped = anonymous(reporter);
  } else {
    throw sdk::invalid_field(reporter.path_of("type"), "must be one of person, enterprise, anonymous");
  }
  // Nobody can call an anonymous reporter back, whatever the form said.
  const bool consent = reporter.optional_bool("contactConsent").value_or(false);
  mapped.contact_consent = consent && mapped.type != sdk::reporter_type::anonymous;
  out.reporter(std::move(mapped));
}

}  // namespace casegw::city_portal
