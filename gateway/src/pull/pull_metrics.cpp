#include "pull/pull_metrics.hpp"

namespace casegw::pull {

pull_metrics::pull_metrics(metrics::registry& registry)
    : polls_(registry.add_counter("casegw_pull_polls_total",
                                  "Polls of pulled channels, by channel and outcome (ok, refused, unreachable, "
                                  "adapter_failed, store_unavailable)",
                                  {"channel", "outcome"})),
      items_(registry.add_counter("casegw_pull_items_total",
                                  "Items of pulled channels, by channel and outcome (accepted, duplicate, conflict, "
                                  "rejected, unavailable)",
                                  {"channel", "outcome"})) {}

void pull_metrics::poll(std::string_view channel_id, std::string_view outcome) {
  polls_.with_labels({channel_id, outcome}).inc();
}

void pull_metrics::item(std::string_view channel_id, std::string_view outcome) {
  items_.with_labels({channel_id, outcome}).inc();
}

}  // namespace casegw::pull
