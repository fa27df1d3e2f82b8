#include "complaint_mapping.hpp"

#include "attachment_numbering.hpp"
#include "complainant_mapping.hpp"
#include "complaint_vocabulary.hpp"
#include "handling_mapping.hpp"
#include "matter_mapping.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/region_code.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::foreign_investment {

namespace {

constexpr std::size_t max_address = 500;

// Form version 1.x: later minors only add optional fields, which this adapter ignores.
void require_supported_version(const complaint_form& form) {
  const std::string version = form.required_text("version");
  const bool supported = version == "1" || (version.starts_with("1.") && sdk::is_all_digits(std::string_view(version).substr(2)));
  if (!supported) throw sdk::rejection(sdk::code::unsupported_version, "version", "this adapter reads form version 1.x only");
}

// Returns submitTime in milliseconds, which a due time is checked against.
std::int64_t map_identity(const complaint_form& form, sdk::case_builder& out) {
  const std::string number = form.required_text("complaintNo");
  if (!sdk::is_case_reference(number))
    throw sdk::invalid_field("complaintNo", "must be 1 to 128 letters, digits or . _ : / - and start alphanumeric");
  out.case_ref(number);
  const std::int64_t submitted = form.required_epoch_millis("submitTime");
  out.submitted_at(sdk::read_epoch_millis("submitTime", submitted));
  return submitted;
}

complaint_type map_kind(const complaint_form& form, sdk::case_builder& out) {
  const auto type = complaint_type_for(form.required_text("complaintType"));
  if (!type) throw sdk::unknown_kind("complaintType", complaint_type_codes);
  out.kind(type->kind);
  return *type;
}

// The region decides which district, town or village handles the complaint first (属地优先);
// a code outside the divisions this office serves would land with nobody who can act on it.
void map_place(const complaint_form& form, const complaint_settings& settings, const sdk::host& host,
               sdk::case_builder& out) {
  const std::string code = form.required_text("regionCode");
  sdk::check_region_code(host, "regionCode", code);
  if (!code.starts_with(settings.region_scope))
    throw sdk::invalid_region_code("regionCode", "is outside the divisions this channel serves (setting region_scope)");
  out.region_code(code);
  if (auto address = form.optional_line("address", max_address)) out.address(*std::move(address));
}

}  // namespace

void map_complaint(const complaint_form& form, const complaint_settings& settings, const sdk::host& host,
                   sdk::case_builder& out) {
  require_supported_version(form);
  const std::int64_t submitted = map_identity(form, out);
  const complaint_type type = map_kind(form, out);
  map_handling(form, submitted, out);
  complaint_statement statement;
  map_complainant(form, statement, out);
  map_matter(form, type, std::move(statement), out);
  map_place(form, settings, host, out);
  // Without an explicit yes nothing reaches the organ complained about: the platform's
  // confidentiality rule (渝府办发〔2021〕131号 第十四条), and the Measures' duty to keep the
  // complainant's trade secrets.
  out.consent_to_disclose(form.flag("discloseConsent", false));
  map_attachments(form, settings, out);
}

}  // namespace casegw::foreign_investment
