#include "admin/outbox_metrics.hpp"

#include "time/rfc3339.hpp"

#include <functional>
#include <memory>

namespace casegw::admin {
namespace {

using backlog_value = std::function<double(const store::backlog_stats&)>;

void add_backlog_gauge(metrics::registry& registry, std::string name, std::string help, store::case_store& store,
                       std::shared_ptr<const std::vector<std::string>> destinations, backlog_value value) {
  registry.add_callback_gauge(std::move(name), std::move(help), {"destination"}, [&store, destinations, value] {
    std::vector<metrics::gauge_sample> samples;
    for (const auto& id : *destinations) samples.push_back({{id}, value(store.backlog(id))});
    return samples;
  });
}

}  // namespace

void register_outbox_metrics(metrics::registry& registry, store::case_store& store, std::vector<std::string> destinations) {
  const auto ids = std::make_shared<const std::vector<std::string>>(std::move(destinations));
  add_backlog_gauge(registry, "casegw_outbox_pending", "Cases waiting for delivery, per destination", store, ids,
                    [](const store::backlog_stats& b) { return static_cast<double>(b.pending); });
  add_backlog_gauge(registry, "casegw_outbox_oldest_pending_age_seconds",
                    "Age of the oldest case waiting for delivery, per destination (0 when none waits)", store, ids,
                    [](const store::backlog_stats& b) {
                      return b.oldest_pending_ms > 0 ? static_cast<double>(time::now_unix_ms() - b.oldest_pending_ms) / 1000.0 : 0.0;
                    });
  add_backlog_gauge(registry, "casegw_outbox_dead_letters", "Dead letters waiting for an operator, per destination", store,
                    ids, [](const store::backlog_stats& b) { return static_cast<double>(b.dead); });
}

}  // namespace casegw::admin
