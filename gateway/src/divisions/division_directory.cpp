#include "divisions/division_directory.hpp"

#include <algorithm>

namespace casegw::divisions {

namespace {

bool all_ascii_digits(std::string_view text) noexcept {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::optional<std::uint32_t> division_directory::anchor_of(std::string_view code) const noexcept {
  if (!all_ascii_digits(code)) return std::nullopt;
  // A town or village code judged by the unit above it: that unit must be listed and the data
  // must not list its children (when it does, the code had to be one of them).
  const auto judged_by = [this](std::optional<std::uint32_t> above) -> std::optional<std::uint32_t> {
    if (above && !table_.node(*above).children_listed) return above;
    return std::nullopt;
  };
  const auto county = [this](std::string_view six) -> std::optional<std::uint32_t> {
    const auto found = table_.find(six);
    if (found && table_.node(*found).level == division_level::county) return found;
    return std::nullopt;
  };
  switch (code.size()) {
    case 6:
      if (const auto found = county(code)) return found;
      if (code.substr(2) == "0000") return table_.find(code.substr(0, 2));
      if (code.substr(4) == "00") return table_.find(code.substr(0, 4));
      return std::nullopt;
    case 9:
      if (const auto town = table_.find(code)) return town;
      return judged_by(county(code.substr(0, 6)));
    case 12:
      if (const auto village = table_.find(code)) return village;
      if (const auto town = table_.find(code.substr(0, 9))) return judged_by(town);
      return judged_by(county(code.substr(0, 6)));
    default:
      return std::nullopt;
  }
}

bool division_directory::known(std::string_view code) const noexcept { return anchor_of(code).has_value(); }

std::optional<division_level> division_directory::level_of(std::string_view code) const noexcept {
  const auto anchor = anchor_of(code);
  if (!anchor) return std::nullopt;
  if (code.size() == 9) return division_level::town;
  if (code.size() == 12) return division_level::village;
  return table_.node(*anchor).level;
}

std::optional<division_path> division_directory::resolve(std::string_view code) const {
  const auto anchor = anchor_of(code);
  if (!anchor) return std::nullopt;
  division_path path;
  path.code = std::string(code);
  path.level = *level_of(code);
  for (std::int32_t at = static_cast<std::int32_t>(*anchor); at >= 0; at = table_.node(at).parent) {
    const division_node& node = table_.node(static_cast<std::uint32_t>(at));
    path.units.push_back({node.code, node.name, node.level});
  }
  std::reverse(path.units.begin(), path.units.end());
  return path;
}

}  // namespace casegw::divisions
