// The way back: a workflow event (casegw.event/v1) becomes a progress notice to the complaint
// system, a form in its own style (epoch-millisecond times, numeric status codes):
//   POST <progress_path>
//   Content-Type: application/x-www-form-urlencoded; charset=UTF-8
//   Idempotency-Key: <event_id>
//   complaintNo=…&noticeId=…&progressStatus=20&progressName=已转办&occurTime=…[&replyContent=…][&caseId=…]
#pragma once

#include <casegw/sdk/adapter.hpp>

#include <string_view>

namespace casegw::foreign_investment {

// Throws MALFORMED_BODY, UNSUPPORTED_VERSION (schema), MISSING_FIELD, WRONG_TYPE, INVALID_FIELD
// (event_id not a token; a type without a progress status) or INVALID_DATE (occurred_at),
// naming the event's member. Nothing is written to out unless the whole notice can be.
void encode_progress_notice(std::string_view event_json, std::string_view progress_path, sdk::outbound_request& out);

}  // namespace casegw::foreign_investment
