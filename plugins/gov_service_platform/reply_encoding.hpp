// The way back: a workflow event (casegw.event/v1) becomes the platform's reply (答复), a flat
// JSON message in the platform's own style (codes, "yyyy-MM-dd HH:mm:ss" Beijing time):
//   POST <reply_path>
//   Content-Type: application/json; charset=utf-8
//   {"version":"1.0","msgType":"CASE_REPLY","caseNo","replyId","replyType","replyTypeName",
//    "replyTime","replyContent"?,"replyUnit","cityCaseId"?}
// The platform shows replies to the reporter; after the final answer (BJ 已办结) it invites
// them to rate the handling on the 好差评 scale.
#pragma once

#include "platform_settings.hpp"

#include <casegw/sdk/adapter.hpp>

#include <string_view>

namespace casegw::gov_service_platform {

// Throws, naming the event's field: MALFORMED_BODY, DUPLICATE_FIELD, UNSUPPORTED_VERSION
// (schema), MISSING_FIELD, WRONG_TYPE, INVALID_FIELD (type) or INVALID_DATE (occurred_at).
void encode_reply(std::string_view event_json, const platform_settings& settings, sdk::outbound_request& out);

}  // namespace casegw::gov_service_platform
