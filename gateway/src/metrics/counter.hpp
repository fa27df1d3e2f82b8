#pragma once
// Monotonic counters. counter::inc() is one relaxed fetch_add: no lock, no allocation.
#include "metrics/child_cache.hpp"
#include "metrics/family.hpp"

#include <atomic>
#include <cstdint>
#include <initializer_list>

namespace casegw::metrics {

// Aligned to a cache line so that two hot children never share one (false sharing would turn
// "uncontended" increments from different threads into contended ones).
class alignas(64) counter {
 public:
  void inc(std::uint64_t by = 1) noexcept { value_.fetch_add(by, std::memory_order_relaxed); }
  std::uint64_t value() const noexcept { return value_.load(std::memory_order_relaxed); }

 private:
  std::atomic<std::uint64_t> value_{0};
};

class counter_family final : public family_base {
 public:
  counter_family(std::string name, std::string help, std::vector<std::string> label_names,
                 label_value_guard guard = {})
      : family_base(std::move(name), std::move(help), metric_type::counter, std::move(label_names), guard) {}

  // Values in the order of the declared label names. Keep the returned reference on hot paths.
  counter& with_labels(std::initializer_list<std::string_view> values) {
    return with_labels(std::span<const std::string_view>(values.begin(), values.size()));
  }
  counter& with_labels(std::span<const std::string_view> values) {
    return children_.get_or_create(values, label_names().size(), guard(),
                                   [] { return std::make_unique<counter>(); });
  }

 protected:
  void render_samples(std::string& out) const override;

 private:
  child_cache<counter> children_;
};

}  // namespace casegw::metrics
