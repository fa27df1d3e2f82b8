#pragma once
// Confidentiality by construction: what may become a label value.
//
// Metrics leave the gateway through an unauthenticated-by-design scrape path, are copied into
// monitoring systems with long retention and wide read access, and are indexed by label value.
// A reporter's name, phone number or a sentence of complaint text must therefore never become a
// label, whatever a caller passes by mistake. Instead of trusting every call site, label values
// are restricted to the alphabet of identifiers -- ids, channel names, error codes, destinations:
//
//     [A-Za-z0-9_.:-]{1,64}
//
// Anything else (Chinese text, spaces, '@', '+', empty, too long) is replaced by the literal value
// "invalid" and counted in casegw_metrics_invalid_label_values_total{metric="<family>"}, so the
// mistake is visible to operators without the offending value being exposed anywhere. The value
// is not logged either, for the same reason.
#include <string_view>

namespace casegw::metrics {

class counter_family;

inline constexpr std::string_view invalid_label_value = "invalid";
inline constexpr std::size_t max_label_value_length = 64;

// True when `value` matches [A-Za-z0-9_.:-]{1,64}.
bool is_allowed_label_value(std::string_view value) noexcept;

// Admits a label value for one family, or substitutes "invalid" and counts the rejection.
class label_value_guard {
 public:
  // Rejections are replaced but not counted (used by the rejection counter itself).
  label_value_guard() = default;
  // Rejections are counted in rejections->with_labels({metric_name}); both must outlive the guard.
  label_value_guard(counter_family* rejections, std::string_view metric_name) noexcept
      : rejections_(rejections), metric_name_(metric_name) {}

  std::string_view admit(std::string_view value) const;

 private:
  counter_family* rejections_ = nullptr;
  std::string_view metric_name_;
};

}  // namespace casegw::metrics
