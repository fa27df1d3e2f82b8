#pragma once
// The set of metric families the gateway exposes on GET /metrics.
//
// Register families at start-up and keep the returned references (they live as long as the
// registry); on hot paths also keep the child: family.with_labels({...}) takes a shared lock to
// find it, child.inc() is a single relaxed atomic.
//
//   metrics::registry metrics;
//   auto& received = metrics.add_counter("casegw_cases_received_total", "Cases received.", {"channel"});
//   received.with_labels({"city_portal"}).inc();
//   std::string body = metrics.render();  // Content-Type: metrics::exposition_content_type
#include "metrics/callback_gauge.hpp"
#include "metrics/counter.hpp"
#include "metrics/gauge.hpp"
#include "metrics/histogram.hpp"

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <shared_mutex>
#include <string>
#include <vector>

namespace casegw::metrics {

// Counts label values replaced by "invalid" (see label_value_guard.hpp), by metric family.
inline constexpr std::string_view invalid_label_values_metric = "casegw_metrics_invalid_label_values_total";

class registry {
 public:
  registry();
  registry(const registry&) = delete;
  registry& operator=(const registry&) = delete;

  // Each add_* throws std::invalid_argument on an invalid metric or label name, or when the name
  // (or one of a histogram's _bucket/_sum/_count names) is already exposed by another family.
  counter_family& add_counter(std::string name, std::string help, std::vector<std::string> label_names = {});
  gauge_family& add_gauge(std::string name, std::string help, std::vector<std::string> label_names = {});
  histogram_family& add_histogram(std::string name, std::string help, std::vector<std::string> label_names = {},
                                  std::vector<double> upper_bounds = default_latency_buckets());
  void add_callback_gauge(std::string name, std::string help, std::vector<std::string> label_names,
                          callback_gauge_family::sampler sample);
  // An unlabelled callback gauge.
  void add_callback_gauge(std::string name, std::string help, std::function<double()> sample);

  // Text exposition format 0.0.4: families sorted by name, samples by label values.
  std::string render() const;

 private:
  template <typename Family, typename... Args>
  Family& add(std::string name, Args&&... args);

  label_value_guard guard_for(std::string_view metric_name) const noexcept;

  mutable std::shared_mutex mutex_;
  std::map<std::string, std::unique_ptr<family_base>, std::less<>> families_;
  std::set<std::string, std::less<>> exposed_sample_names_;
  counter_family* invalid_label_values_ = nullptr;
};

}  // namespace casegw::metrics
