// What a refused poll means, as one code the gateway can count, alert on and act upon. The
// platform answers errors in two ways, often both: an HTTP status, and a non-zero result code
// in its envelope {"code": 40102, "message": "..."}. The platform's code is the more specific,
// so it wins when there is one.
//
//   UPSTREAM_UNAUTHORIZED   HTTP 401/403, codes 401xx/403xx: access token or client
//                           certificate refused, expired or not authorized for this receiver
//   UPSTREAM_CURSOR_EXPIRED code 40010: the platform no longer knows the cursor; an operator
//                           must set start_cursor or start_time and reset the channel's cursor
//   UPSTREAM_RATE_LIMITED   HTTP 429, codes 429xx: polled too often; poll less often
//   UPSTREAM_UNAVAILABLE    HTTP 5xx, codes 5xxxx: the platform is down or in maintenance;
//                           transient, the next poll may succeed
//   UPSTREAM_ERROR          any other non-2xx status or non-zero code
//
// Messages give the status and the platform's numeric code, never the answer's body or the
// platform's message text.
#pragma once

#include <casegw/sdk/rejection.hpp>

#include <cstdint>
#include <optional>

namespace casegw::state_council {

// status: the HTTP status; platform_code: the envelope's code when the body had one (non-zero).
sdk::rejection upstream_error(unsigned status, std::optional<std::int64_t> platform_code);

}  // namespace casegw::state_council
