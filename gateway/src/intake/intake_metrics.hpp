// What intake counts, for /metrics. Labels are only configured channel ids (or "-" for a
// request that named no configured channel) and error codes: never anything from a body.
// It also keeps each channel's activity for the admin API, and counts adapter failures, when
// given where to (both optional, and both must outlive it).
#pragma once

#include "intake/case_decoding.hpp"
#include "intake/channel_activity.hpp"
#include "intake/channel_registry.hpp"
#include "metrics/registry.hpp"
#include "net/http_types.hpp"
#include "plugin_host/plugin_error_metrics.hpp"

#include <chrono>
#include <string_view>

namespace casegw::intake {

class intake_metrics {
 public:
  explicit intake_metrics(metrics::registry& registry, channel_activity* activity = nullptr,
                          plugin_host::plugin_error_metrics* plugin_errors = nullptr);

  // One finished request: its outcome (accepted, duplicate, rejected), its error code when
  // rejected, and how long it took from the header to the answer.
  void record(std::string_view channel_id, const net::http_response& response, std::chrono::steady_clock::duration took);

  // The channel's adapter failed to decode (a decoding_stage::adapter_fault).
  void adapter_fault(const channel& ch, const decoding_failure& fault);

 private:
  metrics::counter_family& requests_;
  metrics::counter_family& rejections_;
  metrics::histogram_family& duration_;
  channel_activity* activity_;
  plugin_host::plugin_error_metrics* plugin_errors_;
};

}  // namespace casegw::intake
