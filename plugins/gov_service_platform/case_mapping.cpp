#include "case_mapping.hpp"

#include "attachment_list.hpp"
#include "message_envelope.hpp"
#include "platform_vocabulary.hpp"
#include "reporter_mapping.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/region_code.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::gov_service_platform {

namespace {

// Limits of the unified case (docs/schemas/casegw.case.v1.schema.json), checked here so the
// platform hears which of its fields is too long.
constexpr std::size_t max_title = 200;
constexpr std::size_t max_content = 20000;
constexpr std::size_t max_item_code = 64;
constexpr std::size_t max_item_name = 100;
constexpr std::size_t max_department = 200;
constexpr std::size_t max_address = 500;

std::optional<std::string> bounded_text(const flat_message& m, const char* key, std::size_t max_characters) {
  auto value = m.text(key);
  if (value) sdk::require_max_length(key, *value, max_characters);
  return value;
}

std::string required_bounded_text(const flat_message& m, const char* key, std::size_t max_characters) {
  std::string value = m.required_text(key);
  sdk::require_max_length(key, value, max_characters);
  return value;
}

std::string case_reference(const char* key, std::string value) {
  if (!sdk::is_case_reference(value))
    throw sdk::invalid_field(key, "must be 1 to 128 letters, digits or . _ : / - and start with a letter or digit");
  return value;
}

// Returns submitted_at, which the handling part compares the assigned deadline with.
std::string map_identity(const flat_message& m, sdk::case_builder& out) {
  const std::string source = m.required_text("source");
  if (!is_source(source)) throw sdk::invalid_field("source", "must be zwfw or govcn");
  out.sub_channel(source);
  out.case_ref(case_reference("caseNo", m.required_text("caseNo")));
  if (auto parent = m.text("handDownNo")) out.parent_ref(case_reference("handDownNo", *std::move(parent)));

  std::string submitted_at = sdk::read_local_datetime("submitTime", m.required_text("submitTime"));
  out.submitted_at(submitted_at);
  return submitted_at;
}

void map_content(const flat_message& m, sdk::case_builder& out) {
  const auto kind = kind_for_appeal_type(m.required_text("appealType"));
  if (!kind) throw sdk::unknown_kind("appealType", appeal_type_codes);
  out.kind(*kind);
  out.title(required_bounded_text(m, "title", max_title));
  out.content(required_bounded_text(m, "content", max_content));
}

// The service item (事项) is the platform's catalogue entry the item concerns; the department
// is the unit that provides it, and so the unit the item is about.
void map_service_item(const flat_message& m, sdk::case_builder& out) {
  auto code = bounded_text(m, "itemCode", max_item_code);
  auto name = bounded_text(m, "itemName", max_item_name);
  if (code || name) out.category(sdk::category{"", code.value_or(""), name.value_or("")});
  if (auto department = bounded_text(m, "deptName", max_department))
    out.subject(sdk::subject{"unit", *std::move(department)});
}

void map_location(const flat_message& m, const platform_settings& settings, const sdk::host& host,
                  sdk::case_builder& out) {
  std::string code = m.required_text("areaCode");
  sdk::check_region_code(host, "areaCode", code);
  if (!code.starts_with(settings.region_prefix))
    throw sdk::invalid_region_code("areaCode", "is outside the area this channel serves (setting region_prefix)");
  out.region_code(std::move(code));
  if (auto address = bounded_text(m, "address", max_address)) out.address(*std::move(address));
}

void map_handling(const flat_message& m, const std::string& submitted_at, sdk::case_builder& out) {
  if (const auto handle_type = m.text("handleType")) {
    const auto handling_class = handling_class_for(*handle_type);
    if (!handling_class) throw sdk::invalid_field("handleType", "must be one of 1, 2, 3, 4");
    if (!handling_class->empty()) out.handling_class(*handling_class);
  }
  if (const auto limit = m.text("limitTime")) {
    std::string due = sdk::read_local_datetime("limitTime", *limit);
    // Same format and offset on both sides, so the text order is the time order.
    if (due < submitted_at) throw sdk::invalid_date("limitTime", "is earlier than submitTime");
    out.assigned_due_at(std::move(due));
  }
  if (m.flag("urgentFlag").value_or(false)) out.urgent(true);
}

}  // namespace

void map_case(const flat_message& message, const platform_settings& settings, const sdk::host& host,
              sdk::case_builder& out) {
  check_envelope(message);
  const std::string submitted_at = map_identity(message, out);
  map_content(message, out);
  map_service_item(message, out);
  map_location(message, settings, host, out);
  map_reporter(message, out);
  // 公开意愿: agreeing to publish the message (and its answer) consents to the content being
  // seen by anyone, the department concerned included. Anything less stays confidential (第十四条).
  out.consent_to_disclose(message.flag("publicFlag").value_or(false));
  map_attachments(message, settings.max_attachments, out);
  map_handling(message, submitted_at, out);
}

}  // namespace casegw::gov_service_platform
