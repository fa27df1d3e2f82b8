#include "metrics/family.hpp"

#include "metrics/metric_names.hpp"
#include "metrics/text_format.hpp"

#include <algorithm>
#include <stdexcept>

namespace casegw::metrics {
namespace {

void require_valid_label_names(const std::string& metric, const std::vector<std::string>& label_names) {
  if (label_names.size() > max_label_names)
    throw std::invalid_argument("metric " + metric + ": more than " + std::to_string(max_label_names) + " labels");
  for (std::size_t i = 0; i < label_names.size(); ++i) {
    if (!is_valid_label_name(label_names[i]))
      throw std::invalid_argument("metric " + metric + ": invalid label name '" + label_names[i] + "'");
    if (std::find(label_names.begin(), label_names.begin() + static_cast<std::ptrdiff_t>(i), label_names[i]) !=
        label_names.begin() + static_cast<std::ptrdiff_t>(i))
      throw std::invalid_argument("metric " + metric + ": label name '" + label_names[i] + "' repeated");
  }
}

}  // namespace

std::string_view type_name(metric_type type) noexcept {
  switch (type) {
    case metric_type::counter: return "counter";
    case metric_type::gauge: return "gauge";
    case metric_type::histogram: return "histogram";
  }
  return "untyped";
}

family_base::family_base(std::string name, std::string help, metric_type type,
                         std::vector<std::string> label_names, label_value_guard guard)
    : name_(std::move(name)), help_(std::move(help)), type_(type), label_names_(std::move(label_names)),
      guard_(guard) {
  if (!is_valid_metric_name(name_)) throw std::invalid_argument("invalid metric name '" + name_ + "'");
  require_valid_label_names(name_, label_names_);
}

void family_base::render(std::string& out) const {
  append_help_and_type(out, name_, help_, type_name(type_));
  render_samples(out);
}

}  // namespace casegw::metrics
