// The way back: a workflow event (casegw.event/v1) becomes the district portal's progress
// request, which the gateway sends (with its retries) to the portal:
//
//   POST <progress_path>
//   Content-Type: application/json; charset=utf-8
//   Idempotency-Key: <event_id>
//   Authorization: Bearer <progress_token>          (only when the setting is given)
//
//   {"ticketNo": ..., "eventId": ..., "status": "ASSIGNED", "time": ..., "remark": ...}
#pragma once

#include "district_settings.hpp"

#include <casegw/sdk/adapter.hpp>

#include <optional>
#include <string_view>

namespace district_portal {

// The portal's status for a casegw.event/v1 type; nullopt for the types it has no status for
// (evaluated, reopened): those are refused (INVALID_FIELD type), never sent approximately.
std::optional<std::string_view> status_for_event_type(std::string_view type) noexcept;

// Throws MALFORMED_BODY, DUPLICATE_FIELD, UNSUPPORTED_VERSION, MISSING_FIELD, WRONG_TYPE,
// INVALID_DATE or INVALID_FIELD naming the event's field.
void encode_progress(std::string_view event_json, const district_settings& settings, casegw::sdk::outbound_request& out);

}  // namespace district_portal
