#include "intake/intake_metrics.hpp"

#include "time/rfc3339.hpp"

#include <string>

namespace casegw::intake {

intake_metrics::intake_metrics(metrics::registry& registry, channel_activity* activity,
                               plugin_host::plugin_error_metrics* plugin_errors)
    : requests_(registry.add_counter("casegw_intake_requests_total",
                                     "Intake requests answered, by channel and outcome (accepted, duplicate, rejected)",
                                     {"channel", "outcome"})),
      rejections_(registry.add_counter("casegw_intake_rejections_total",
                                       "Intake requests refused, by channel and error code", {"channel", "code"})),
      duration_(registry.add_histogram("casegw_intake_request_duration_seconds",
                                       "Time from a request's header to its answer (a 202 includes the fsync)",
                                       {"channel"})),
      activity_(activity),
      plugin_errors_(plugin_errors) {}

void intake_metrics::record(std::string_view channel_id, const net::http_response& response,
                            std::chrono::steady_clock::duration took) {
  const std::string channel(channel_id);
  const char* outcome = response.status == 202 ? "accepted" : response.status == 200 ? "duplicate" : "rejected";
  requests_.with_labels({channel, outcome}).inc();
  if (response.status >= 400)
    rejections_.with_labels({channel, response.error_code.empty() ? std::string("UNKNOWN") : response.error_code}).inc();
  duration_.with_labels({channel}).observe(std::chrono::duration<double>(took).count());
  // "-" is no channel: a request for an unknown one is in the metrics only.
  if (activity_ != nullptr && channel != "-")
    activity_->record_answer(channel, response.status, response.error_code, time::now_unix_ms());
}

void intake_metrics::adapter_fault(const channel& ch, const decoding_failure& fault) {
  if (plugin_errors_ != nullptr) plugin_errors_->failed(*ch.adapter, "decode", plugin_error_of(fault));
}

}  // namespace casegw::intake
