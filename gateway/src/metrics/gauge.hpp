#pragma once
// Gauges set or adjusted by the code that knows the value (in-flight requests, loaded plugins).
// For values that live elsewhere (outbox backlog in the store), see callback_gauge.hpp.
#include "metrics/child_cache.hpp"
#include "metrics/family.hpp"

#include <atomic>
#include <initializer_list>

namespace casegw::metrics {

class alignas(64) gauge {
 public:
  void set(double value) noexcept { value_.store(value, std::memory_order_relaxed); }
  void add(double delta) noexcept { value_.fetch_add(delta, std::memory_order_relaxed); }
  double value() const noexcept { return value_.load(std::memory_order_relaxed); }

 private:
  std::atomic<double> value_{0.0};
};

class gauge_family final : public family_base {
 public:
  gauge_family(std::string name, std::string help, std::vector<std::string> label_names,
               label_value_guard guard = {})
      : family_base(std::move(name), std::move(help), metric_type::gauge, std::move(label_names), guard) {}

  gauge& with_labels(std::initializer_list<std::string_view> values) {
    return with_labels(std::span<const std::string_view>(values.begin(), values.size()));
  }
  gauge& with_labels(std::span<const std::string_view> values) {
    return children_.get_or_create(values, label_names().size(), guard(),
                                   [] { return std::make_unique<gauge>(); });
  }

 protected:
  void render_samples(std::string& out) const override;

 private:
  child_cache<gauge> children_;
};

}  // namespace casegw::metrics
