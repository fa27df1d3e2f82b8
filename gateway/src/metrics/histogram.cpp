#include "metrics/histogram.hpp"

#include "metrics/text_format.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace casegw::metrics {
namespace {

std::vector<double> checked_bounds(const std::string& metric, std::vector<double> bounds) {
  if (!bounds.empty() && std::isinf(bounds.back()) && bounds.back() > 0) bounds.pop_back();
  for (std::size_t i = 0; i < bounds.size(); ++i) {
    if (!std::isfinite(bounds[i]))
      throw std::invalid_argument("histogram " + metric + ": bucket bounds must be finite");
    if (i > 0 && !(bounds[i - 1] < bounds[i]))
      throw std::invalid_argument("histogram " + metric + ": bucket bounds must be strictly increasing");
  }
  return bounds;
}

const std::vector<std::string>& require_no_le_label(const std::vector<std::string>& label_names) {
  if (std::find(label_names.begin(), label_names.end(), "le") != label_names.end())
    throw std::invalid_argument("histogram label name 'le' is reserved for buckets");
  return label_names;
}

}  // namespace

std::vector<double> default_latency_buckets() {
  return {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
}

histogram::histogram(const std::vector<double>& upper_bounds)
    : upper_bounds_(upper_bounds),
      bucket_counts_(std::make_unique<std::atomic<std::uint64_t>[]>(upper_bounds.size() + 1)) {}

void histogram::observe(double value) noexcept {
  // Bucket i counts values <= upper_bounds_[i]; NaN belongs to no finite bucket, only to +Inf.
  const auto index = std::isnan(value)
                         ? upper_bounds_.size()
                         : static_cast<std::size_t>(std::lower_bound(upper_bounds_.begin(), upper_bounds_.end(), value) -
                                                    upper_bounds_.begin());
  bucket_counts_[index].fetch_add(1, std::memory_order_relaxed);
  sum_.fetch_add(value, std::memory_order_relaxed);
}

histogram::snapshot histogram::take_snapshot() const {
  snapshot result;
  result.cumulative_counts.resize(upper_bounds_.size() + 1);
  std::uint64_t running = 0;
  for (std::size_t i = 0; i <= upper_bounds_.size(); ++i) {
    running += bucket_counts_[i].load(std::memory_order_relaxed);
    result.cumulative_counts[i] = running;
  }
  result.sum = sum_.load(std::memory_order_relaxed);
  return result;
}

histogram_family::histogram_family(std::string name, std::string help, std::vector<std::string> label_names,
                                   std::vector<double> upper_bounds, label_value_guard guard)
    : family_base(std::move(name), std::move(help), metric_type::histogram, std::move(label_names), guard),
      upper_bounds_(checked_bounds(this->name(), std::move(upper_bounds))) {
  require_no_le_label(this->label_names());
  for (const double bound : upper_bounds_) bound_labels_.push_back(format_value(bound));
  bound_labels_.push_back("+Inf");
}

std::vector<std::string> histogram_family::exposed_sample_names() const {
  return {name(), name() + "_bucket", name() + "_sum", name() + "_count"};
}

void histogram_family::render_samples(std::string& out) const {
  const std::string bucket_name = name() + "_bucket";
  const std::string sum_name = name() + "_sum";
  const std::string count_name = name() + "_count";
  children_.for_each([&](const std::vector<std::string>& values, const histogram& child) {
    const auto snap = child.take_snapshot();
    for (std::size_t i = 0; i < snap.cumulative_counts.size(); ++i)
      append_sample(out, bucket_name, label_names(), values, {"le", bound_labels_[i]},
                    format_value(snap.cumulative_counts[i]));
    append_sample(out, sum_name, label_names(), values, {}, format_value(snap.sum));
    append_sample(out, count_name, label_names(), values, {}, format_value(snap.cumulative_counts.back()));
  });
}

}  // namespace casegw::metrics
