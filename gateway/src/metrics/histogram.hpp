#pragma once
// Histograms with fixed buckets given at registration.
#include "metrics/child_cache.hpp"
#include "metrics/family.hpp"

#include <atomic>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <vector>

namespace casegw::metrics {

// Request latency in seconds: 5 ms to 10 s, the range a synchronous intake call can take.
std::vector<double> default_latency_buckets();

// One child. observe() is two relaxed atomics (its bucket and the sum); the total count is not
// stored but derived from the buckets at render time, so _count always equals the +Inf bucket
// even when a scrape races an observation.
class alignas(64) histogram {
 public:
  struct snapshot {
    std::vector<std::uint64_t> cumulative_counts;  // one per bound, then +Inf
    double sum = 0.0;
  };

  // `upper_bounds` is owned by the family and outlives the child.
  explicit histogram(const std::vector<double>& upper_bounds);

  void observe(double value) noexcept;
  snapshot take_snapshot() const;

 private:
  const std::vector<double>& upper_bounds_;
  std::unique_ptr<std::atomic<std::uint64_t>[]> bucket_counts_;  // non-cumulative; last is +Inf
  std::atomic<double> sum_{0.0};
};

class histogram_family final : public family_base {
 public:
  // Throws std::invalid_argument when bounds are not finite and strictly increasing, or when a
  // label is named "le" (reserved for buckets). A trailing +Inf bound is accepted and dropped.
  histogram_family(std::string name, std::string help, std::vector<std::string> label_names,
                   std::vector<double> upper_bounds, label_value_guard guard = {});

  histogram& with_labels(std::initializer_list<std::string_view> values) {
    return with_labels(std::span<const std::string_view>(values.begin(), values.size()));
  }
  histogram& with_labels(std::span<const std::string_view> values) {
    return children_.get_or_create(values, label_names().size(), guard(),
                                   [this] { return std::make_unique<histogram>(upper_bounds_); });
  }

  const std::vector<double>& upper_bounds() const noexcept { return upper_bounds_; }
  std::vector<std::string> exposed_sample_names() const override;

 protected:
  void render_samples(std::string& out) const override;

 private:
  std::vector<double> upper_bounds_;
  std::vector<std::string> bound_labels_;  // "le" values, formatted once
  child_cache<histogram> children_;
};

}  // namespace casegw::metrics
