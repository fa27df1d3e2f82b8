// Freshness of a signed request: its timestamp must lie within the channel's window around
// our clock, in both directions (a far-future timestamp would otherwise stay valid for as long
// as it likes). Pure functions: the caller passes "now", so tests need no clock.
#pragma once

#include <chrono>
#include <optional>
#include <string_view>

namespace casegw::auth {

using unix_time_ms = std::chrono::sys_time<std::chrono::milliseconds>;

inline constexpr std::chrono::seconds default_replay_window{300};

enum class timestamp_status { fresh, too_old, too_new };

// X-Casegw-Timestamp: Unix time, 10 digits = seconds (the documented form), 13 digits =
// milliseconds (what many Chinese gateways send). Anything else gives nullopt.
std::optional<unix_time_ms> parse_header_timestamp(std::string_view text);

// fresh when |now - timestamp| <= window (the edges are accepted).
timestamp_status check_timestamp(unix_time_ms now, unix_time_ms timestamp,
                                 std::chrono::seconds window = default_replay_window) noexcept;

// How long a nonce must be remembered: once the timestamp has left the window the request is
// refused as too old anyway, so remembering beyond that gains nothing.
unix_time_ms nonce_expiry(unix_time_ms timestamp, std::chrono::seconds window = default_replay_window) noexcept;

}  // namespace casegw::auth
