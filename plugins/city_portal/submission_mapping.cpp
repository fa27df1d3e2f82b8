#include "submission_mapping.hpp"

#include "attachment_mapping.hpp"
#include "location_mapping.hpp"
#include "portal_vocabulary.hpp"
#include "reporter_mapping.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::city_portal {

namespace {

// Limits of the unified case (docs/schemas/casegw.case.v1.schema.json), enforced here so the
// portal hears which of its fields is too long rather than a generic validation failure.
constexpr std::size_t max_title = 200;
constexpr std::size_t max_content = 20000;
constexpr std::size_t max_category_code = 64;
constexpr std::size_t max_category_name = 100;
constexpr std::size_t max_respondent_name = 200;

void map_identity(const sdk::json::json_object& s, const portal_settings& settings, sdk::case_builder& out) {
  const std::string number = s.required_string("submissionNo");
  if (!sdk::is_case_reference(number))
    throw sdk::invalid_field(s.path_of("submissionNo"), "must be 1 to 128 letters, digits or . _ : / - and start alphanumeric");
  out.case_ref(number);

  const std::string sub_channel = s.optional_string("subChannel").value_or(settings.default_sub_channel);
  if (!is_sub_channel(sub_channel)) throw sdk::invalid_field(s.path_of("subChannel"), "must be one of web, wechat, app");
  out.sub_channel(sub_channel);

  out.submitted_at(sdk::read_iso8601(s.path_of("submittedAt"), s.required_string("submittedAt")));
}

void map_content(const sdk::json::json_object& s, sdk::case_builder& out) {
  const auto kind = kind_for_type_code(s.required_string("type"));
  if (!kind) throw sdk::unknown_kind(s.path_of("type"), "consult, complaint, help, report, suggest, praise, other");
  out.kind(*kind);

  std::string title = s.required_string("title");
  sdk::require_max_length(s.path_of("title"), title, max_title);
  out.title(std::move(title));

  std::string content = s.required_string("content");
  sdk::require_max_length(s.path_of("content"), content, max_content);
  out.content(std::move(content));

  if (const auto domain_code = s.optional_string("domain")) {
    const auto domain = domain_for_code(*domain_code);
    if (!domain)
      throw sdk::invalid_field(s.path_of("domain"), "must be one of economy, market, society, public_service, environment, other");
    out.domain(std::string(*domain));
  }
}

void map_category(const sdk::json::json_object& s, sdk::case_builder& out) {
  const sdk::json::json_object category = s.required_object("category");
  sdk::category mapped;
  mapped.channel_code = category.required_string("code");
  mapped.name = category.required_string("name");
  sdk::require_max_length(category.path_of("code"), mapped.channel_code, max_category_code);
  sdk::require_max_length(category.path_of("name"), mapped.name, max_category_name);
  // The portal's catalogue has no published crosswalk to GB/T 39666, so the unified code
  // stays empty; the workflow classifies from channel_code.
  out.category(std::move(mapped));
}

void map_respondent(const sdk::json::json_object& s, sdk::case_builder& out) {
  const auto respondent = s.optional_object("respondent");
  if (!respondent) return;
  sdk::subject subject;
  subject.type = respondent->required_string("type");
  if (!is_respondent_type(subject.type))
    throw sdk::invalid_field(respondent->path_of("type"), "must be one of unit, person, enterprise");
  subject.name = respondent->required_string("name");
  sdk::require_max_length(respondent->path_of("name"), subject.name, max_respondent_name);
  out.subject(std::move(subject));
}

}  // namespace

void map_submission(const sdk::json::json_object& submission, const portal_settings& settings, const sdk::host& host,
                    sdk::case_builder& out) {
  map_identity(submission, settings, out);
  map_content(submission, out);
  map_category(submission, out);
  map_location(submission, settings, host, out);
  map_reporter(submission.required_object("reporter"), out);
  // Without an explicit yes the content must not reach the unit complained about (第十四条).
  out.consent_to_disclose(submission.optional_bool("discloseConsent").value_or(false));
  map_respondent(submission, out);
  map_attachments(submission, settings.max_attachments, out);
}

}  // namespace casegw::city_portal
