#include "progress_encoding.hpp"

#include "json_record.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/json_writer.hpp>

#include <array>
#include <utility>

namespace district_portal {

namespace sdk = casegw::sdk;

namespace {

constexpr std::string_view event_schema = "casegw.event/v1";

constexpr std::array<std::pair<std::string_view, std::string_view>, 7> statuses{{
    {"acknowledged", "ACCEPTED"},    // 受理
    {"not_accepted", "REJECTED"},    // 不予受理
    {"dispatched", "ASSIGNED"},      // 转办
    {"in_progress", "PROCESSING"},   // 办理中
    {"extended", "EXTENDED"},        // 延期
    {"resolved", "FINISHED"},        // 办结
    {"closed", "CLOSED"},            // 归档
}};

}  // namespace

std::optional<std::string_view> status_for_event_type(std::string_view type) noexcept {
  for (const auto& [event_type, status] : statuses)
    if (event_type == type) return status;
  return std::nullopt;
}

void encode_progress(std::string_view event_json, const district_settings& settings, sdk::outbound_request& out) {
  const boost::json::object document = parse_json_object(event_json, "a casegw.event/v1 JSON object");
  const json_record event(document, "");
  if (event.required_string("schema") != event_schema)
    throw sdk::rejection(sdk::code::unsupported_version, "schema", "this adapter reads casegw.event/v1 events only");

  const std::string event_id = event.required_string("event_id");
  const std::string ticket_no = event.required_string("channel_case_ref");
  const auto status = status_for_event_type(event.required_string("type"));
  if (!status) throw sdk::invalid_field("type", "has no counterpart among the district portal's statuses");
  const std::string time = sdk::read_iso8601("occurred_at", event.required_string("occurred_at"));
  const auto remark = event.optional_string("status_text");

  sdk::json_writer body;
  body.begin_object();
  body.key("ticketNo").value(ticket_no);
  body.key("eventId").value(event_id);
  body.key("status").value(*status);
  body.key("time").value(time);
  if (remark) body.key("remark").value(*remark);
  body.end_object();

  out.request_line("POST", settings.progress_path);
  out.header("Content-Type", "application/json; charset=utf-8");
  // The gateway retries until the portal answers 2xx; the portal drops an eventId it has seen.
  out.header("Idempotency-Key", event_id);
  if (!settings.progress_token.empty()) out.header("Authorization", "Bearer " + settings.progress_token);
  out.body(body.str());
}

}  // namespace district_portal
