// What the forwarder has done since it started, for the admin API and metrics.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace casegw::delivery {

struct delivery_counts {
  std::uint64_t delivered = 0;
  std::uint64_t failed_attempts = 0;  // every attempt that did not deliver, including the last
  std::uint64_t dead = 0;
};

struct destination_counts {
  std::string destination;
  delivery_counts counts;
};

struct forwarder_snapshot {
  delivery_counts total;
  std::vector<destination_counts> destinations;
};

// The live, lock-free version kept per destination.
struct delivery_counters {
  std::atomic<std::uint64_t> delivered{0};
  std::atomic<std::uint64_t> failed_attempts{0};
  std::atomic<std::uint64_t> dead{0};

  delivery_counts snapshot() const noexcept {
    return {delivered.load(std::memory_order_relaxed), failed_attempts.load(std::memory_order_relaxed),
            dead.load(std::memory_order_relaxed)};
  }
};

}  // namespace casegw::delivery
