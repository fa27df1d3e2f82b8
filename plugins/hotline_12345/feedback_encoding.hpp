// The way back: a workflow event (casegw.event/v1) becomes the work-order system's handling
// feedback (办理反馈), which it shows on the order and uses to drive its callback survey (回访):
//   POST <reply_path>
//   Content-Type: application/xml; charset=UTF-8
//   Idempotency-Key: <event_id>
//   <feedback version="1"><feedbackId/><orderNo/><feedbackType/><feedbackTypeName/>
//                         <feedbackTime/><content/>?<caseId/>?</feedback>
#pragma once

#include <casegw/sdk/adapter.hpp>

#include <string_view>

namespace casegw::hotline_12345 {

// Throws sdk::rejection naming the event's member: MALFORMED_BODY (not a JSON object),
// UNSUPPORTED_VERSION (schema), MISSING_FIELD, WRONG_TYPE, INVALID_FIELD (e.g. "type" for an
// event the hotline has no feedback type for), INVALID_DATE (occurred_at). Nothing is written to
// out unless the whole event is good.
void encode_feedback(std::string_view event_json, std::string_view reply_path, sdk::outbound_request& out);

}  // namespace casegw::hotline_12345
