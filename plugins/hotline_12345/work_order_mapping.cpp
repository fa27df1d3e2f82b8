#include "work_order_mapping.hpp"

#include "attachment_mapping.hpp"
#include "caller_mapping.hpp"
#include "handling_mapping.hpp"
#include "hotline_vocabulary.hpp"
#include "location_mapping.hpp"
#include "wire_element.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::hotline_12345 {

namespace {

constexpr std::string_view root_name = "workOrder";

// Limits of the unified case (docs/schemas/casegw.case.v1.schema.json), enforced here so the
// hotline hears which of its fields is too long rather than a generic validation failure.
constexpr std::size_t max_title = 200;
constexpr std::size_t max_category_code = 64;
constexpr std::size_t max_category_name = 100;
constexpr std::size_t max_respondent_name = 200;

wire_element root_of(const xml_document& document) {
  // Callback results (回访结果) are the hotline's other message; ABI 1.1 gives them no intake yet.
  if (document.root().name == "callbackResult")
    throw sdk::malformed_body(
        "a 12345 work order: callback results (callbackResult) have no intake in this gateway yet");
  if (document.root().name != root_name)
    throw sdk::malformed_body("a 12345 work order: the root element must be workOrder");
  const wire_element root(document, document.root(), std::string(root_name));
  const auto version = root.attribute("version");
  if (!version) throw sdk::missing_field(root.attribute_path("version"));
  if (!is_supported_version(*version))
    throw sdk::rejection(sdk::code::unsupported_version, root.attribute_path("version"),
                         "this adapter reads work-order version 1.x only");
  return root;
}

// Returns submitted_at, which later parts compare other times with.
std::string map_identity(const wire_element& order, sdk::case_builder& out) {
  const std::string number = order.required_text("orderNo");
  if (!sdk::is_case_reference(number))
    throw sdk::invalid_field(order.field_path("orderNo"),
                             "must be 1 to 128 letters, digits or . _ : / - and start with a letter or digit");
  out.case_ref(number);
  std::string submitted_at =
      sdk::read_local_datetime(order.field_path("createTime"), order.required_text("createTime"));
  out.submitted_at(submitted_at);

  const auto sub_channel = sub_channel_for_source(order.required_text("source"));
  if (!sub_channel)
    throw sdk::invalid_field(order.field_path("source"), "must be one of " + std::string(sources_allowed));
  out.sub_channel(std::string(*sub_channel));
  return submitted_at;
}

void map_content(const wire_element& order, const hotline_settings& settings, sdk::case_builder& out) {
  const auto kind = kind_for_order_type(order.required_text("orderType"));
  if (!kind) throw sdk::unknown_kind(order.field_path("orderType"), order_types_allowed);
  out.kind(*kind);

  std::string title = order.required_text("title");
  sdk::require_max_length(order.field_path("title"), title, max_title);
  out.title(std::move(title));

  std::string content = order.required_text("content");
  sdk::require_max_length(order.field_path("content"), content, settings.max_content_chars);
  out.content(std::move(content));
}

void map_category(const wire_element& order, sdk::case_builder& out) {
  const wire_element category = order.required_group("category");
  sdk::category mapped;
  mapped.channel_code = category.required_text("code");
  mapped.name = category.required_text("name");
  sdk::require_max_length(category.field_path("code"), mapped.channel_code, max_category_code);
  sdk::require_max_length(category.field_path("name"), mapped.name, max_category_name);
  // The hotline's catalogue has no published crosswalk to GB/T 39666, so the unified code
  // stays empty; the workflow classifies from channel_code.
  out.category(std::move(mapped));
}

void map_respondent(const wire_element& order, sdk::case_builder& out) {
  const auto respondent = order.optional_group("respondent");
  if (!respondent) return;
  const auto type = subject_type_for_respondent_type(respondent->required_text("type"));
  if (!type)
    throw sdk::invalid_field(respondent->field_path("type"), "must be one of " + std::string(respondent_types_allowed));
  sdk::subject subject;
  subject.type = std::string(*type);
  subject.name = respondent->required_text("name");
  sdk::require_max_length(respondent->field_path("name"), subject.name, max_respondent_name);
  out.subject(std::move(subject));
}

}  // namespace

bool is_supported_version(std::string_view version) noexcept {
  if (version == "1") return true;
  return version.size() > 2 && version.substr(0, 2) == "1." && sdk::is_all_digits(version.substr(2));
}

void map_work_order(const xml_document& document, const sdk::host& host, const hotline_settings& settings,
                    sdk::case_builder& out) {
  const wire_element order = root_of(document);
  const std::string submitted_at = map_identity(order, out);
  map_content(order, settings, out);
  map_category(order, out);
  map_caller(order.required_group("caller"), settings, out);
  // Without an explicit yes the content must not reach the unit complained about (第十四条).
  out.consent_to_disclose(order.optional_boolean("discloseConsent").value_or(false));
  map_location(order, host, settings, out);
  map_respondent(order, out);
  map_handling(order, submitted_at, out);
  map_attachments(order, out);
}

}  // namespace casegw::hotline_12345
