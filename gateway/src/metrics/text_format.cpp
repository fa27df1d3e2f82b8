#include "metrics/text_format.hpp"

#include <array>
#include <charconv>
#include <cmath>

namespace casegw::metrics {
namespace {

void append_label(std::string& out, std::string_view name, std::string_view value, bool first) {
  if (!first) out += ',';
  out += name;
  out += "=\"";
  out += escape_label_value(value);
  out += '"';
}

}  // namespace

std::string escape_help_text(std::string_view help) {
  std::string out;
  out.reserve(help.size());
  for (const char c : help) {
    if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

std::string escape_label_value(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (const char c : value) {
    if (c == '\\') out += "\\\\";
    else if (c == '"') out += "\\\"";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

std::string format_value(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "+Inf" : "-Inf";
  std::array<char, 32> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  return std::string(buffer.data(), result.ptr);
}

std::string format_value(std::uint64_t value) {
  std::array<char, 24> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  return std::string(buffer.data(), result.ptr);
}

void append_help_and_type(std::string& out, std::string_view name, std::string_view help,
                          std::string_view type) {
  out += "# HELP ";
  out += name;
  out += ' ';
  out += escape_help_text(help);
  out += "\n# TYPE ";
  out += name;
  out += ' ';
  out += type;
  out += '\n';
}

void append_sample(std::string& out, std::string_view name, std::span<const std::string> label_names,
                   std::span<const std::string> label_values, extra_label extra, std::string_view value) {
  out += name;
  const bool has_labels = !label_names.empty() || !extra.name.empty();
  if (has_labels) {
    out += '{';
    for (std::size_t i = 0; i < label_names.size(); ++i) append_label(out, label_names[i], label_values[i], i == 0);
    if (!extra.name.empty()) append_label(out, extra.name, extra.value, label_names.empty());
    out += '}';
  }
  out += ' ';
  out += value;
  out += '\n';
}

}  // namespace casegw::metrics
