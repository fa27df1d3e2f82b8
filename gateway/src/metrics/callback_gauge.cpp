#include "metrics/callback_gauge.hpp"

#include "metrics/child_cache.hpp"
#include "metrics/text_format.hpp"

#include <map>
#include <stdexcept>

namespace casegw::metrics {
namespace {

std::vector<gauge_sample> call_sampler(const callback_gauge_family::sampler& sample) {
  try {
    return sample();
  } catch (...) {
    return {};  // see render_samples(): a failing source shows no samples.
  }
}

}  // namespace

callback_gauge_family::callback_gauge_family(std::string name, std::string help,
                                             std::vector<std::string> label_names, sampler sample,
                                             label_value_guard guard)
    : family_base(std::move(name), std::move(help), metric_type::gauge, std::move(label_names), guard),
      sample_(std::move(sample)) {
  if (!sample_) throw std::invalid_argument("callback gauge " + this->name() + ": no sampler");
}

void callback_gauge_family::render_samples(std::string& out) const {
  std::map<std::vector<std::string>, double, label_values_less> admitted;  // sorted, first wins
  for (const auto& [raw_values, value] : call_sampler(sample_)) {
    if (raw_values.size() != label_names().size()) continue;
    std::vector<std::string> values;
    values.reserve(raw_values.size());
    for (const auto& raw : raw_values) values.emplace_back(guard().admit(raw));
    admitted.emplace(std::move(values), value);
  }
  for (const auto& [values, value] : admitted)
    append_sample(out, name(), label_names(), values, {}, format_value(value));
}

}  // namespace casegw::metrics
