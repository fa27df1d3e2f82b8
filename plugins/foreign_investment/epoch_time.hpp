// The complaint system writes every time as epoch milliseconds (submitTime, dueTime, and
// occurTime on the way back). Inbound, sdk::read_epoch_millis turns them into RFC 3339; this is
// the other direction, for the progress notices.
#pragma once

#include <cstdint>
#include <string_view>

namespace casegw::foreign_investment {

// Milliseconds since 1970-01-01T00:00:00Z of an RFC 3339 date-time with an offset.
// Precondition: sdk::iso8601_problem(text) is empty. A fraction finer than milliseconds is cut.
std::int64_t epoch_millis_of(std::string_view text) noexcept;

}  // namespace casegw::foreign_investment
