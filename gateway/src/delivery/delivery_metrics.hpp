// What the delivery lanes count, for /metrics: per destination, every attempt by what became of
// its outbox row, every failed attempt by failure class (failure_class.hpp) and how long
// attempts take. Labels are configured destination ids and fixed words only.
#pragma once

#include "delivery/destination.hpp"
#include "metrics/registry.hpp"

#include <chrono>
#include <string_view>

namespace casegw::delivery {

// What the lane recorded for the row after an attempt.
enum class attempt_outcome { delivered, retry, dead };

std::string_view outcome_name(attempt_outcome outcome) noexcept;

class delivery_metrics {
 public:
  explicit delivery_metrics(metrics::registry& registry);

  // casegw_delivery_attempts_total{destination,outcome}; for retry and dead also
  // casegw_delivery_failures_total{destination,reason}; always the duration histogram.
  void attempt(std::string_view destination, attempt_outcome outcome, const attempt_result& result,
               std::chrono::steady_clock::duration took);

 private:
  metrics::counter_family& attempts_;
  metrics::counter_family& failures_;
  metrics::histogram_family& duration_;
};

}  // namespace casegw::delivery
