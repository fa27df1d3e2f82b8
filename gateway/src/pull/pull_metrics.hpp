// What the pollers count, for /metrics. Labels are configured channel ids and fixed outcome
// words only: never a cursor, an item number or anything from an answer. It also keeps each
// channel's activity for the admin API (items as cases, the last poll), and counts adapter
// failures, when given where to (both optional, and both must outlive it).
#pragma once

#include "intake/case_decoding.hpp"
#include "intake/channel_activity.hpp"
#include "intake/rules_metrics.hpp"
#include "metrics/registry.hpp"
#include "plugin_host/plugin_error_metrics.hpp"

#include <string_view>

namespace casegw::pull {

// casegw_pull_polls_total{channel,outcome}: ok, refused (the platform or the adapter refused
// the poll: non-2xx, UPSTREAM_*, a malformed answer), unreachable (transport error, timeout),
// adapter_failed, store_unavailable (nothing advanced).
// casegw_pull_items_total{channel,outcome}: accepted, duplicate, conflict, rejected (recorded
// for the operator), unavailable (not stored; the page is polled again).
class pull_metrics {
 public:
  explicit pull_metrics(metrics::registry& registry, intake::channel_activity* activity = nullptr,
                        plugin_host::plugin_error_metrics* plugin_errors = nullptr,
                        intake::rules_metrics* rules = nullptr);
  // `status` is the platform's HTTP status (0 when it did not answer); `code` why it failed.
  void poll(std::string_view channel_id, std::string_view outcome, int status = 0, std::string_view code = {});
  // `code` is the refusal's code for a rejected item.
  void item(std::string_view channel_id, std::string_view outcome, std::string_view code = {});
  // build_poll or read_poll failed (not refused) with `status`.
  void plugin_failed(const plugin_host::adapter_instance& adapter, std::string_view call, casegw_status status);
  // An item was stored as a new case, with what the rules decided for it.
  void stored(std::string_view channel_id, const intake::ruling& decided);
  // An item's decode failed (a decoding_stage::adapter_fault).
  void adapter_fault(const intake::channel& ch, const intake::decoding_failure& fault);

 private:
  metrics::counter_family& polls_;
  metrics::counter_family& items_;
  intake::channel_activity* activity_;
  plugin_host::plugin_error_metrics* plugin_errors_;
  intake::rules_metrics* rules_;
};

}  // namespace casegw::pull
