#include "delivery/delivery_metrics.hpp"

#include "delivery/failure_class.hpp"

namespace casegw::delivery {
namespace {

// An attempt may take up to the destination's timeout (30 s by default), beyond intake's range.
std::vector<double> attempt_buckets() { return {0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60}; }

}  // namespace

std::string_view outcome_name(attempt_outcome outcome) noexcept {
  switch (outcome) {
    case attempt_outcome::delivered: return "delivered";
    case attempt_outcome::retry: return "retry";
    case attempt_outcome::dead: return "dead";
  }
  return "retry";
}

delivery_metrics::delivery_metrics(metrics::registry& registry)
    : attempts_(registry.add_counter("casegw_delivery_attempts_total",
                                     "Delivery attempts, by destination and what became of the case "
                                     "(delivered, retry, dead: dead-lettered)",
                                     {"destination", "outcome"})),
      failures_(registry.add_counter("casegw_delivery_failures_total",
                                     "Delivery attempts that did not deliver, by destination and failure class "
                                     "(http_5xx, http_4xx, http_other, timeout, resolve, connect, tls, transport, "
                                     "local_io, cancelled, destination_error, other)",
                                     {"destination", "reason"})),
      duration_(registry.add_histogram("casegw_delivery_attempt_duration_seconds",
                                       "Time from handing a case to its destination to the attempt's outcome",
                                       {"destination"}, attempt_buckets())) {}

void delivery_metrics::attempt(std::string_view destination, attempt_outcome outcome, const attempt_result& result,
                               std::chrono::steady_clock::duration took) {
  attempts_.with_labels({destination, outcome_name(outcome)}).inc();
  if (outcome != attempt_outcome::delivered) failures_.with_labels({destination, failure_class_of(result)}).inc();
  duration_.with_labels({destination}).observe(std::chrono::duration<double>(took).count());
}

}  // namespace casegw::delivery
