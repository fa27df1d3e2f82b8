#include "ticket_mapping.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/identity_numbers.hpp>
#include <casegw/sdk/region_code.hpp>
#include <casegw/sdk/text.hpp>

#include <array>
#include <utility>

namespace district_portal {

namespace sdk = casegw::sdk;

namespace {

// Limits of casegw.case/v1, checked here so that the portal hears which of ITS fields is too
// long (FIELD_TOO_LONG title), not a generic validation failure of the unified case.
constexpr std::size_t max_title = 200;
constexpr std::size_t max_content = 20000;
constexpr std::size_t max_address = 500;
constexpr std::size_t max_name = 100;

constexpr std::array<std::pair<std::string_view, std::string_view>, 7> type_codes{{
    {"ZX", sdk::kind::consultation},
    {"TS", sdk::kind::complaint},
    {"QZ", sdk::kind::help},
    {"JB", sdk::kind::report},
    {"JY", sdk::kind::suggestion},
    {"BY", sdk::kind::praise},
    {"QT", sdk::kind::other},
}};

void map_identity(const json_record& t, sdk::case_builder& out) {
  std::string ticket_no = t.required_string("ticketNo");
  if (!sdk::is_case_reference(ticket_no))
    throw sdk::invalid_field(t.path_of("ticketNo"), "must be 1 to 128 letters, digits or . _ : / - starting with a letter or digit");
  out.case_ref(std::move(ticket_no));
  // The portal's format is ISO 8601 with an offset, which is already what the case needs.
  out.submitted_at(sdk::read_iso8601(t.path_of("submittedAt"), t.required_string("submittedAt")));
}

void map_content(const json_record& t, sdk::case_builder& out) {
  const auto kind = kind_for_type_code(t.required_string("type"));
  if (!kind) throw sdk::unknown_kind(t.path_of("type"), "ZX, TS, QZ, JB, JY, BY, QT");
  out.kind(*kind);

  std::string title = t.required_string("title");
  sdk::require_max_length(t.path_of("title"), title, max_title);
  out.title(std::move(title));

  std::string content = t.required_string("content");
  sdk::require_max_length(t.path_of("content"), content, max_content);
  out.content(std::move(content));
}

void map_location(const json_record& t, const sdk::host& host, sdk::case_builder& out) {
  std::string area_code = t.required_string("areaCode");
  // Format here, existence in the gateway's official division data through the host.
  sdk::check_region_code(host, t.path_of("areaCode"), area_code);
  out.region_code(std::move(area_code));
  if (auto address = t.optional_string("address")) {
    sdk::require_max_length(t.path_of("address"), *address, max_address);
    out.address(*std::move(address));
  }
}

// An anonymous ticket that still carries a name or a phone number is a portal defect:
// forwarding them would break the reporter's anonymity, so it is refused instead.
void map_reporter(const json_record& t, const district_settings& settings, sdk::case_builder& out) {
  const json_record r = t.required_record("reporter");
  sdk::reporter reporter;
  if (r.optional_bool("anonymous").value_or(false)) {
    if (!settings.accept_anonymous)
      throw sdk::invalid_field(r.path_of("anonymous"), "must be false: this channel does not accept anonymous submissions");
    for (const auto key : {"name", "mobile"})  // blank counts as absent, as everywhere on this wire
      if (r.optional_string(key)) throw sdk::invalid_field(r.path_of(key), "must be absent for an anonymous reporter");
    reporter.type = sdk::reporter_type::anonymous;
    reporter.contact_consent = false;  // nobody can call an anonymous reporter back
  } else {
    reporter.type = sdk::reporter_type::person;
    reporter.name = r.required_string("name");
    sdk::require_max_length(r.path_of("name"), reporter.name, max_name);
    reporter.phone = r.required_string("mobile");
    if (!sdk::is_mainland_mobile(reporter.phone))
      throw sdk::invalid_field(r.path_of("mobile"), "must be an 11-digit mainland mobile number");
    reporter.contact_consent = r.optional_bool("callback").value_or(false);
  }
  out.reporter(std::move(reporter));
}

}  // namespace

std::optional<std::string_view> kind_for_type_code(std::string_view code) noexcept {
  for (const auto& [wire, kind] : type_codes)
    if (wire == code) return kind;
  return std::nullopt;
}

void map_ticket(const json_record& ticket, const district_settings& settings, const sdk::host& host,
                sdk::case_builder& out) {
  map_identity(ticket, out);
  map_content(ticket, out);
  map_location(ticket, host, out);
  map_reporter(ticket, settings, out);
  // Without an explicit yes the content must not reach the unit complained about.
  out.consent_to_disclose(ticket.optional_bool("disclose").value_or(false));
}

}  // namespace district_portal
