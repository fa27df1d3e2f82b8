#include "metrics/registry.hpp"

#include <mutex>
#include <stdexcept>

namespace casegw::metrics {

registry::registry() {
  // Its own label values are metric names, which the family constructor already validated, so it
  // needs no rejection counting (and counting into itself would recurse).
  invalid_label_values_ = &add<counter_family>(
      std::string(invalid_label_values_metric),
      "Label values replaced by \"invalid\" because they were not [A-Za-z0-9_.:-]{1,64}, by metric.",
      std::vector<std::string>{"metric"});
}

label_value_guard registry::guard_for(std::string_view metric_name) const noexcept {
  return label_value_guard(invalid_label_values_, metric_name);
}

template <typename Family, typename... Args>
Family& registry::add(std::string name, Args&&... args) {
  std::unique_lock lock(mutex_);
  if (families_.contains(name)) throw std::invalid_argument("metric " + name + " already registered");
  // The guard keeps a view of the name: point it at the key stored in the map, which never moves.
  auto slot = families_.emplace(name, nullptr).first;
  try {
    auto family = std::make_unique<Family>(name, std::forward<Args>(args)..., guard_for(slot->first));
    for (const auto& sample_name : family->exposed_sample_names())
      if (exposed_sample_names_.contains(sample_name))
        throw std::invalid_argument("metric " + name + ": sample name " + sample_name + " already exposed");
    for (const auto& sample_name : family->exposed_sample_names()) exposed_sample_names_.insert(sample_name);
    slot->second = std::move(family);
    return static_cast<Family&>(*slot->second);
  } catch (...) {
    families_.erase(slot);
    throw;
  }
}

counter_family& registry::add_counter(std::string name, std::string help, std::vector<std::string> label_names) {
  return add<counter_family>(std::move(name), std::move(help), std::move(label_names));
}

gauge_family& registry::add_gauge(std::string name, std::string help, std::vector<std::string> label_names) {
  return add<gauge_family>(std::move(name), std::move(help), std::move(label_names));
}

histogram_family& registry::add_histogram(std::string name, std::string help, std::vector<std::string> label_names,
                                          std::vector<double> upper_bounds) {
  return add<histogram_family>(std::move(name), std::move(help), std::move(label_names), std::move(upper_bounds));
}

void registry::add_callback_gauge(std::string name, std::string help, std::vector<std::string> label_names,
                                  callback_gauge_family::sampler sample) {
  add<callback_gauge_family>(std::move(name), std::move(help), std::move(label_names), std::move(sample));
}

void registry::add_callback_gauge(std::string name, std::string help, std::function<double()> sample) {
  if (!sample) throw std::invalid_argument("callback gauge " + name + ": no sampler");
  add_callback_gauge(std::move(name), std::move(help), {},
                     [sample = std::move(sample)] { return std::vector<gauge_sample>{{{}, sample()}}; });
}

std::string registry::render() const {
  std::shared_lock lock(mutex_);
  // The rejection counter is rendered last (then spliced into its sorted place) so that label
  // values rejected while rendering callback gauges are counted in this very scrape.
  std::vector<std::string> parts;
  parts.reserve(families_.size());
  std::size_t rejections_part = 0;
  for (const auto& [name, family] : families_) {
    if (family.get() == invalid_label_values_) rejections_part = parts.size();
    parts.emplace_back();
    if (family.get() != invalid_label_values_) family->render(parts.back());
  }
  invalid_label_values_->render(parts[rejections_part]);
  std::string out;
  for (const auto& part : parts) out += part;
  return out;
}

}  // namespace casegw::metrics
