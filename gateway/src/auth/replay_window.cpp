#include "auth/replay_window.hpp"

#include "auth/canonical_string.hpp"

#include <charconv>
#include <cstdint>

namespace casegw::auth {

std::optional<unix_time_ms> parse_header_timestamp(std::string_view text) {
  if (!timestamp_is_well_formed(text)) return std::nullopt;
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  const auto since_epoch = text.size() == 10 ? std::chrono::milliseconds(std::chrono::seconds(value))
                                             : std::chrono::milliseconds(value);
  return unix_time_ms(since_epoch);
}

timestamp_status check_timestamp(unix_time_ms now, unix_time_ms timestamp, std::chrono::seconds window) noexcept {
  if (timestamp < now - window) return timestamp_status::too_old;
  if (timestamp > now + window) return timestamp_status::too_new;
  return timestamp_status::fresh;
}

unix_time_ms nonce_expiry(unix_time_ms timestamp, std::chrono::seconds window) noexcept { return timestamp + window; }

}  // namespace casegw::auth
