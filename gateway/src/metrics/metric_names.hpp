#pragma once
// Prometheus naming rules, checked once at registration so that render() never has to.
#include <cstddef>
#include <string_view>

namespace casegw::metrics {

// A family has at most this many label names: label values are sanitised into a fixed-size array
// on the hot path, so a bound keeps child lookup free of heap allocation.
inline constexpr std::size_t max_label_names = 8;

// [a-zA-Z_:][a-zA-Z0-9_:]*
bool is_valid_metric_name(std::string_view name) noexcept;

// [a-zA-Z_][a-zA-Z0-9_]*, and not starting with "__" (reserved by Prometheus itself).
bool is_valid_label_name(std::string_view name) noexcept;

}  // namespace casegw::metrics
