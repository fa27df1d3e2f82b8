#include "pull/pull_metrics.hpp"

#include "time/rfc3339.hpp"

#include <string>

namespace casegw::pull {

pull_metrics::pull_metrics(metrics::registry& registry, intake::channel_activity* activity,
                           plugin_host::plugin_error_metrics* plugin_errors, intake::rules_metrics* rules)
    : polls_(registry.add_counter("casegw_pull_polls_total",
                                  "Polls of pulled channels, by channel and outcome (ok, refused, unreachable, "
                                  "adapter_failed, store_unavailable)",
                                  {"channel", "outcome"})),
      items_(registry.add_counter("casegw_pull_items_total",
                                  "Items of pulled channels, by channel and outcome (accepted, duplicate, conflict, "
                                  "rejected, unavailable)",
                                  {"channel", "outcome"})),
      activity_(activity),
      plugin_errors_(plugin_errors),
      rules_(rules) {}

void pull_metrics::stored(std::string_view channel_id, const intake::ruling& decided) {
  if (rules_ != nullptr) rules_->stored(channel_id, decided);
}

void pull_metrics::poll(std::string_view channel_id, std::string_view outcome, int status, std::string_view code) {
  polls_.with_labels({channel_id, outcome}).inc();
  if (activity_ != nullptr)
    activity_->record_poll(channel_id, {std::string(outcome), status, std::string(code), time::now_unix_ms()});
}

void pull_metrics::item(std::string_view channel_id, std::string_view outcome, std::string_view code) {
  items_.with_labels({channel_id, outcome}).inc();
  // An unavailable item was not stored: the same page is polled again, and counted then.
  if (activity_ == nullptr || outcome == "unavailable") return;
  const auto now = time::now_unix_ms();
  if (outcome == "accepted") activity_->record_case(channel_id, intake::case_outcome::accepted, {}, 0, now);
  else if (outcome == "duplicate") activity_->record_case(channel_id, intake::case_outcome::duplicate, {}, 0, now);
  else if (outcome == "conflict") activity_->record_case(channel_id, intake::case_outcome::rejected, "CASE_CONFLICT", 0, now);
  else activity_->record_case(channel_id, intake::case_outcome::rejected, code, 0, now);
}

void pull_metrics::plugin_failed(const plugin_host::adapter_instance& adapter, std::string_view call,
                                 casegw_status status) {
  if (plugin_errors_ != nullptr) plugin_errors_->failed(adapter, call, plugin_host::plugin_error_of(status));
}

void pull_metrics::adapter_fault(const intake::channel& ch, const intake::decoding_failure& fault) {
  if (plugin_errors_ != nullptr) plugin_errors_->failed(*ch.adapter, "decode", intake::plugin_error_of(fault));
}

}  // namespace casegw::pull
