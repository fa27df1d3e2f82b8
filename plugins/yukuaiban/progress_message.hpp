// The way back: a workflow event (casegw.event/v1) becomes a 渝快办 progress message, which the
// app shows the user on the order's page and notifies them of:
//   POST <progress_path>
//   {"meta": {"msgId", "msgType": "progress", "version": "1.0"},
//    "data": {"progress": {"orderNo", "status", "statusName", "handleTime", "opinion"?, "gatewayCaseId"?}}}
#pragma once

#include <casegw/sdk/adapter.hpp>

#include <string_view>

namespace casegw::yukuaiban {

// Throws MALFORMED_BODY, DUPLICATE_FIELD, UNSUPPORTED_VERSION, MISSING_FIELD, WRONG_TYPE,
// INVALID_FIELD or INVALID_DATE naming the event's field, e.g. "type" for an event 渝快办 has
// no status for. Nothing is written to `out` unless the whole event is good.
void encode_progress(std::string_view event_json, std::string_view progress_path, sdk::outbound_request& out);

}  // namespace casegw::yukuaiban
