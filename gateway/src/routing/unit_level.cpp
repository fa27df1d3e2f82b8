#include "routing/unit_level.hpp"

#include <array>
#include <utility>

namespace casegw::routing {
namespace {

constexpr std::array<std::pair<unit_level, std::string_view>, 5> spellings{{
    {unit_level::city, "city"},
    {unit_level::district, "district"},
    {unit_level::town, "town"},
    {unit_level::village, "village"},
    {unit_level::department, "department"},
}};

}  // namespace

std::string_view to_string(unit_level level) noexcept {
  for (const auto& [value, name] : spellings) {
    if (value == level) return name;
  }
  return "department";
}

std::optional<unit_level> parse_unit_level(std::string_view text) noexcept {
  for (const auto& [value, name] : spellings) {
    if (name == text) return value;
  }
  return std::nullopt;
}

const std::vector<std::string>& unit_level_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& spelling : spellings) out.emplace_back(spelling.second);
    return out;
  }();
  return names;
}

std::size_t code_length(unit_level level) noexcept {
  switch (level) {
    case unit_level::village: return 12;
    case unit_level::town: return 9;
    case unit_level::district: return 6;
    default: return 0;
  }
}

}  // namespace casegw::routing
