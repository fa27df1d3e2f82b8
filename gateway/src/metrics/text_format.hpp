#pragma once
// Building blocks of the Prometheus text exposition format 0.0.4
// (https://prometheus.io/docs/instrumenting/exposition_formats/).
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace casegw::metrics {

inline constexpr std::string_view exposition_content_type = "text/plain; version=0.0.4; charset=utf-8";

// HELP text: backslash and newline are escaped.
std::string escape_help_text(std::string_view help);
// Label values: backslash, double quote and newline are escaped.
std::string escape_label_value(std::string_view value);

// Floats as Prometheus parses them: shortest round-trip form, "+Inf", "-Inf", "NaN".
std::string format_value(double value);
std::string format_value(std::uint64_t value);

void append_help_and_type(std::string& out, std::string_view name, std::string_view help,
                          std::string_view type);

// An extra label appended after the family's own (the histogram's "le"); empty name means none.
struct extra_label {
  std::string_view name;
  std::string_view value;
};

// name{l1="v1",...} value\n  -- braces omitted when there is no label at all.
void append_sample(std::string& out, std::string_view name, std::span<const std::string> label_names,
                   std::span<const std::string> label_values, extra_label extra, std::string_view value);

}  // namespace casegw::metrics
