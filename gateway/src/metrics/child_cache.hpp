#pragma once
// Children of a labelled family, one per tuple of label values, created on first use and never
// removed: a reference returned by get_or_create() stays valid for the family's lifetime, so hot
// paths may keep it and skip the lookup altogether.
#include "metrics/label_value_guard.hpp"
#include "metrics/metric_names.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::metrics {

// Orders stored label tuples, and compares them with a borrowed tuple without allocating.
struct label_values_less {
  using is_transparent = void;
  template <typename Left, typename Right>
  bool operator()(const Left& left, const Right& right) const noexcept {
    return std::lexicographical_compare(left.begin(), left.end(), right.begin(), right.end(),
                                        [](std::string_view a, std::string_view b) { return a < b; });
  }
};

template <typename Child>
class child_cache {
 public:
  using label_tuple = std::vector<std::string>;

  // Sanitises the values through `guard`, then finds the child under a shared lock; only the
  // first use of a tuple takes the exclusive lock. Throws std::invalid_argument when the number
  // of values differs from the number of label names (a programming error).
  template <typename MakeChild>
  Child& get_or_create(std::span<const std::string_view> values, std::size_t label_count,
                       const label_value_guard& guard, MakeChild&& make_child) {
    if (values.size() != label_count) throw std::invalid_argument("wrong number of label values");
    std::array<std::string_view, max_label_names> admitted{};
    for (std::size_t i = 0; i < values.size(); ++i) admitted[i] = guard.admit(values[i]);
    const std::span<const std::string_view> key(admitted.data(), values.size());
    {
      std::shared_lock lock(mutex_);
      if (const auto found = children_.find(key); found != children_.end()) return *found->second;
    }
    std::unique_lock lock(mutex_);
    if (const auto found = children_.find(key); found != children_.end()) return *found->second;
    label_tuple stored(key.begin(), key.end());
    return *children_.emplace(std::move(stored), make_child()).first->second;
  }

  // Calls visit(label_values, child) in label-value order, under the shared lock.
  template <typename Visit>
  void for_each(Visit&& visit) const {
    std::shared_lock lock(mutex_);
    for (const auto& [values, child] : children_) visit(values, *child);
  }

 private:
  mutable std::shared_mutex mutex_;
  std::map<label_tuple, std::unique_ptr<Child>, label_values_less> children_;
};

}  // namespace casegw::metrics
