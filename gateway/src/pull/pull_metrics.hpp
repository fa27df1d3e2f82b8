// What the pollers count, for /metrics. Labels are configured channel ids and fixed outcome
// words only: never a cursor, an item number or anything from an answer.
#pragma once

#include "metrics/registry.hpp"

#include <string_view>

namespace casegw::pull {

// casegw_pull_polls_total{channel,outcome}: ok, refused (the platform or the adapter refused
// the poll: non-2xx, UPSTREAM_*, a malformed answer), unreachable (transport error, timeout),
// adapter_failed, store_unavailable (nothing advanced).
// casegw_pull_items_total{channel,outcome}: accepted, duplicate, conflict, rejected (recorded
// for the operator), unavailable (not stored; the page is polled again).
class pull_metrics {
 public:
  explicit pull_metrics(metrics::registry& registry);
  void poll(std::string_view channel_id, std::string_view outcome);
  void item(std::string_view channel_id, std::string_view outcome);

 private:
  metrics::counter_family& polls_;
  metrics::counter_family& items_;
};

}  // namespace casegw::pull
