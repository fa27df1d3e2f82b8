// Reads one answer of the platform's handover item list:
//   {"code": 0, "message": "ok", "requestId": "...",
//    "data": {"items": [{...}, {...}], "nextCursor": "c-000732", "hasMore": true}}
// Each element of data.items becomes one item for decode(), cut out byte for byte. An element
// that is not a valid item is still handed over: decode() refuses it with the reason and the
// gateway records the refusal, so one bad item never holds up the items after it.
#pragma once

#include <casegw/sdk/adapter.hpp>

namespace casegw::state_council {

// Throws upstream_error() codes for a refused poll (non-2xx, non-zero code), MALFORMED_BODY
// for an answer that is not a JSON object, and MISSING_FIELD / WRONG_TYPE / INVALID_FIELD /
// DUPLICATE_FIELD naming the envelope field. Nothing reaches `out` unless the whole answer is
// good. `host` is for the one warning this can log (it names no item data).
void read_item_page(const sdk::poll_response& response, const sdk::host& host, sdk::poll_result& out);

}  // namespace casegw::state_council
