// Full-jitter exponential backoff (the AWS architecture blog's "full jitter"): the delay before
// retry n is uniform in [0, min(cap, base * 2^n)], which spreads a crowd of failed deliveries
// instead of having them retry in lockstep.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>

namespace casegw::delivery {

class full_jitter_backoff {
 public:
  // Returns a value uniformly distributed in [0, upper_inclusive]. Must be thread-safe.
  using random_source = std::function<std::int64_t(std::int64_t upper_inclusive)>;

  full_jitter_backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap);
  full_jitter_backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, random_source random);

  // attempt: failed attempts so far minus one (0 before the first retry). Never overflows.
  std::chrono::milliseconds delay(unsigned attempt) const;
  // min(cap, base * 2^attempt): the upper bound of delay(attempt).
  std::chrono::milliseconds ceiling(unsigned attempt) const noexcept;

 private:
  std::chrono::milliseconds base_;
  std::chrono::milliseconds cap_;
  random_source random_;
};

}  // namespace casegw::delivery
