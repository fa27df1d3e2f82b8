// How the forwarder treats one destination: how often to try, how long to wait in between,
// how many deliveries at once.
#pragma once

#include <chrono>

namespace casegw::delivery {

struct destination_policy {
  unsigned retry_limit = 10;  // attempts in all; the one that reaches it dead-letters the row
  std::chrono::milliseconds base{1'000};  // backoff before the first retry (full jitter)
  std::chrono::milliseconds cap{300'000};  // longest wait, also for a receiver's Retry-After
  unsigned concurrency = 4;  // deliveries in flight at most
};

}  // namespace casegw::delivery
