// The way back: a workflow event (casegw.event/v1) becomes the platform's feedback on the item
// (办理结果反馈), which the State Council's supervisors see on the item and pass to the citizen:
//   POST <feedback_path_prefix>/<itemId>/feedback
//   {"feedbackId", "itemId", "feedback": {"type", "typeName", "occurredAt", "content"?},
//    "gatewayCaseId"?}
#pragma once

#include <casegw/sdk/adapter.hpp>

#include <string_view>

namespace casegw::state_council {

// Throws MALFORMED_BODY, DUPLICATE_FIELD, UNSUPPORTED_VERSION, MISSING_FIELD, WRONG_TYPE,
// INVALID_DATE, FIELD_TOO_LONG or INVALID_FIELD naming the event's field ("type" for an event
// the platform has no feedback type for). Writes nothing to `out` unless the event is good.
void encode_feedback(std::string_view event_json, std::string_view path_prefix, sdk::outbound_request& out);

}  // namespace casegw::state_council
