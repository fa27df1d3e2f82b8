#include "delivery/backoff.hpp"

#include <algorithm>
#include <random>
#include <utility>

namespace casegw::delivery {

namespace {

std::int64_t uniform_from_thread_generator(std::int64_t upper_inclusive) {
  thread_local std::mt19937_64 generator{std::random_device{}()};
  return std::uniform_int_distribution<std::int64_t>(0, upper_inclusive)(generator);
}

}  // namespace

full_jitter_backoff::full_jitter_backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap)
    : full_jitter_backoff(base, cap, uniform_from_thread_generator) {}

full_jitter_backoff::full_jitter_backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap,
                                         random_source random)
    : base_(std::max(base, std::chrono::milliseconds::zero())),
      cap_(std::max(cap, std::chrono::milliseconds::zero())),
      random_(std::move(random)) {}

std::chrono::milliseconds full_jitter_backoff::ceiling(unsigned attempt) const noexcept {
  const std::int64_t base = base_.count();
  const std::int64_t cap = cap_.count();
  if (base == 0) return std::chrono::milliseconds::zero();
  // base * 2^attempt > cap  <=>  base > cap >> attempt: compared without ever multiplying.
  if (attempt >= 62 || base > (cap >> attempt)) return cap_;
  return std::chrono::milliseconds(base << attempt);
}

std::chrono::milliseconds full_jitter_backoff::delay(unsigned attempt) const {
  const std::int64_t upper = ceiling(attempt).count();
  if (upper == 0) return std::chrono::milliseconds::zero();
  return std::chrono::milliseconds(std::clamp<std::int64_t>(random_(upper), 0, upper));
}

}  // namespace casegw::delivery
