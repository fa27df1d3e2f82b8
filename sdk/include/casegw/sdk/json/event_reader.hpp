// Reading the workflow event encode_event receives (casegw.event/v1, docs/plugin-abi.md §6):
//
//   {"schema": "casegw.event/v1", "event_id": "...", "case_id": "...", "channel_case_ref": "...",
//    "type": "dispatched", "occurred_at": "2026-11-20T14:05:00+08:00", "status_text": "..."}
//
// read_workflow_event() parses it strictly (strict_json.hpp) and checks every member an adapter
// relies on, in this order, so that every adapter refuses the same event the same way:
//   not one JSON object / a key twice             MALFORMED_BODY / DUPLICATE_FIELD
//   schema other than casegw.event/v1             UNSUPPORTED_VERSION, field "schema"
//   event_id, channel_case_ref, type absent/blank MISSING_FIELD; not strings: WRONG_TYPE
//   occurred_at absent / not RFC 3339             MISSING_FIELD / INVALID_DATE
//   status_text, case_id not strings              WRONG_TYPE
// What the adapter still decides: which types its channel has a counterpart for (INVALID_FIELD
// "type" otherwise), whether a type needs status_text, and the channel's length limits.
#pragma once

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/json/json_object.hpp>
#include <casegw/sdk/json/strict_json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace casegw::sdk::json {

inline constexpr std::string_view workflow_event_schema = "casegw.event/v1";

struct workflow_event {
  std::string event_id;          // stable across retries: the channel's idempotency key
  std::string channel_case_ref;  // the channel's own number of the case
  std::string type;              // acknowledged, not_accepted, dispatched, ... (unchecked here)
  std::string occurred_at;       // RFC 3339 with offset, checked
  std::optional<std::string> status_text;  // text for the reporter; nullopt when absent, null or blank
  std::optional<std::string> case_id;      // the gateway's case; nullopt when absent, null or blank
};

inline workflow_event read_workflow_event(std::string_view event_json) {
  const boost::json::value document = parse_strict_object(event_json, {.expected = "a JSON object (the event)"});
  const json_object event(document.get_object(), "", blank_strings::are_absent);
  if (event.required_string("schema") != workflow_event_schema)
    throw rejection(code::unsupported_version, "schema", "this adapter reads casegw.event/v1 events only");
  workflow_event e;
  e.event_id = event.required_string("event_id");
  e.channel_case_ref = event.required_string("channel_case_ref");
  e.type = event.required_string("type");
  e.occurred_at = read_iso8601("occurred_at", event.required_string("occurred_at"));
  e.status_text = event.optional_string("status_text");
  e.case_id = event.optional_string("case_id");
  return e;
}

}  // namespace casegw::sdk::json
