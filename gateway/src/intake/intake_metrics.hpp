// What intake counts, for /metrics. Labels are only configured channel ids (or "-" for a
// request that named no configured channel) and error codes: never anything from a body.
#pragma once

#include "metrics/registry.hpp"
#include "net/http_types.hpp"

#include <chrono>
#include <string_view>

namespace casegw::intake {

class intake_metrics {
 public:
  explicit intake_metrics(metrics::registry& registry);

  // One finished request: its outcome (accepted, duplicate, rejected), its error code when
  // rejected, and how long it took from the header to the answer.
  void record(std::string_view channel_id, const net::http_response& response, std::chrono::steady_clock::duration took);

 private:
  metrics::counter_family& requests_;
  metrics::counter_family& rejections_;
  metrics::histogram_family& duration_;
};

}  // namespace casegw::intake
