// How an HTTP exchange with a receiver translates into the forwarder's verdict. Kept apart from
// the webhook so the rules are tested without a network.
#pragma once

#include "delivery/destination.hpp"
#include "net/http_client.hpp"

#include <chrono>
#include <optional>
#include <string_view>

namespace casegw::delivery {

// 2xx: delivered. 408, 425, 429, 5xx and transport failures: retry, honouring Retry-After.
// Any other status (400, 401, 404, 413, 422...): reject, the row is dead-lettered at once,
// because repeating the same request cannot succeed. The detail never includes the body.
attempt_result verdict_for(const net::client_result& response,
                           std::chrono::system_clock::time_point now = std::chrono::system_clock::now());

// Retry-After as delay-seconds or an IMF-fixdate ("Wed, 21 Oct 2015 07:28:00 GMT"); nothing
// when absent or malformed. A date in the past means no wait.
std::optional<std::chrono::milliseconds> parse_retry_after(std::string_view value,
                                                           std::chrono::system_clock::time_point now);

}  // namespace casegw::delivery
