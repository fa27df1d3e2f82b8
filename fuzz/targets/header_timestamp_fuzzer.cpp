// X-Casegw-Timestamp parsing and the freshness window (gateway/src/auth/replay_window.hpp).
// Input: the header value.
//
// Invariants:
//   - parsed exactly when the value is 10 ASCII digits (seconds) or 13 (milliseconds), to the
//     value those digits spell; anything else (signs, spaces, other lengths) is nullopt;
//   - fresh exactly when |now - t| <= window, for now = t, t +/- window and t +/- (window + 1 ms),
//     too_old/too_new on the matching side; a nonce outlives its timestamp by the window.
#include "auth/replay_window.hpp"

#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace {

using namespace casegw;
using std::chrono::milliseconds;

std::optional<std::int64_t> reference_milliseconds(std::string_view text) {
  if (text.size() != 10 && text.size() != 13) return std::nullopt;
  std::int64_t value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return text.size() == 10 ? value * 1000 : value;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto parsed = auth::parse_header_timestamp(text);
  const auto expected = reference_milliseconds(text);
  CASEGW_FUZZ_REQUIRE(parsed.has_value() == expected.has_value(), "a timestamp is 10 or 13 digits, nothing else");
  if (!parsed) return 0;
  CASEGW_FUZZ_REQUIRE(parsed->time_since_epoch().count() == *expected, "the timestamp is the value its digits spell");

  const auto t = *parsed;
  const auto window = auth::default_replay_window;
  const milliseconds edge = window, past_edge = window + milliseconds(1);
  using status = auth::timestamp_status;
  CASEGW_FUZZ_REQUIRE(auth::check_timestamp(t, t) == status::fresh, "now is fresh");
  CASEGW_FUZZ_REQUIRE(auth::check_timestamp(t + edge, t) == status::fresh, "the old edge is fresh");
  CASEGW_FUZZ_REQUIRE(auth::check_timestamp(t - edge, t) == status::fresh, "the new edge is fresh");
  CASEGW_FUZZ_REQUIRE(auth::check_timestamp(t + past_edge, t) == status::too_old, "past the window is too old");
  CASEGW_FUZZ_REQUIRE(auth::check_timestamp(t - past_edge, t) == status::too_new, "before the window is too new");
  CASEGW_FUZZ_REQUIRE(auth::nonce_expiry(t) == t + window, "a nonce is kept for the window");
  return 0;
}
