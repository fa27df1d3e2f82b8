// The reverse direction: a workflow event (casegw.event/v1) becomes the portal's progress
// update, which the portal shows the reporter on the submission's page and notifies them of:
//   POST <progress_path_prefix>/<submissionNo>/progress
//   {"submissionNo", "progressId", "stage", "stageName", "occurredAt", "note"?, "caseId"?}
#pragma once

#include <casegw/sdk/adapter.hpp>

#include <string>
#include <string_view>

namespace casegw::city_portal {

// Throws MALFORMED_BODY, UNSUPPORTED_VERSION, MISSING_FIELD or INVALID_FIELD naming the
// event's field, e.g. "type" for an event the portal has no stage for.
void encode_progress(std::string_view event_json, std::string_view path_prefix, sdk::outbound_request& out);

// RFC 3986 path segment: unreserved characters pass, everything else is %XX-encoded.
std::string percent_encode_segment(std::string_view segment);

}  // namespace casegw::city_portal
