// Rendering of the two single-value family types.
#include "metrics/counter.hpp"
#include "metrics/gauge.hpp"
#include "metrics/text_format.hpp"

namespace casegw::metrics {

void counter_family::render_samples(std::string& out) const {
  children_.for_each([&](const std::vector<std::string>& values, const counter& child) {
    append_sample(out, name(), label_names(), values, {}, format_value(child.value()));
  });
}

void gauge_family::render_samples(std::string& out) const {
  children_.for_each([&](const std::vector<std::string>& values, const gauge& child) {
    append_sample(out, name(), label_names(), values, {}, format_value(child.value()));
  });
}

}  // namespace casegw::metrics
