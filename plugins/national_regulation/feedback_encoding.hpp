// The way back: a workflow event (casegw.event/v1) becomes the national system's result
// feedback (办理结果回传), in the same envelope the system pushes with:
//   POST <feedback_path>
//   {"header": {"msgId", "version", "msgType": "CLUE_FEEDBACK", "sender"},
//    "body": {"feedback": {"clueNo", "status", "statusName", "handleTime", "opinion"?, "localCaseId"?}}}
#pragma once

#include "regulation_settings.hpp"

#include <casegw/sdk/adapter.hpp>

#include <string_view>

namespace casegw::national_regulation {

inline constexpr std::string_view clue_feedback = "CLUE_FEEDBACK";

// Throws MALFORMED_BODY, DUPLICATE_FIELD, UNSUPPORTED_VERSION (schema), MISSING_FIELD,
// WRONG_TYPE, INVALID_FIELD (type: an event the platform has no status for), INVALID_DATE
// (occurred_at) or FIELD_TOO_LONG (status_text), naming the event's field. Nothing is written
// to `out` unless the whole event is good.
void encode_feedback(std::string_view event_json, const regulation_settings& settings, sdk::outbound_request& out);

}  // namespace casegw::national_regulation
