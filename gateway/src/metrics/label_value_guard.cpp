#include "metrics/label_value_guard.hpp"

#include "metrics/counter.hpp"

namespace casegw::metrics {

bool is_allowed_label_value(std::string_view value) noexcept {
  if (value.empty() || value.size() > max_label_value_length) return false;
  for (const char c : value) {
    const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                         c == '_' || c == '.' || c == ':' || c == '-';
    if (!allowed) return false;
  }
  return true;
}

std::string_view label_value_guard::admit(std::string_view value) const {
  if (is_allowed_label_value(value)) return value;
  if (rejections_ != nullptr) rejections_->with_labels({metric_name_}).inc();
  return invalid_label_value;
}

}  // namespace casegw::metrics
