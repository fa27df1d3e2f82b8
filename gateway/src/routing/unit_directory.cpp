#include "routing/unit_directory.hpp"

#include <algorithm>

namespace casegw::routing {

bool all_digits(std::string_view text) noexcept {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string city_cover_prefix(std::string_view city_code) {
  if (city_code.size() == 6 && city_code.substr(2) == "0000") return std::string(city_code.substr(0, 2));
  if (city_code.size() == 6 && city_code.substr(4) == "00") return std::string(city_code.substr(0, 4));
  return std::string(city_code);
}

unit_directory::unit_directory(std::vector<unit> units) : units_(std::move(units)) {
  for (std::size_t i = 0; i < units_.size(); ++i) {
    const unit& u = units_[i];
    by_id_.emplace(u.id, i);
    if (!u.locality || u.level == unit_level::department) continue;
    if (u.level == unit_level::city) {
      city_prefixes_.emplace_back(city_cover_prefix(u.division_code), i);
    } else {
      by_locality_code_.emplace(u.division_code, i);
    }
  }
}

const unit* unit_directory::find(std::string_view id) const {
  const auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &units_[it->second];
}

const unit* unit_directory::by_code(unit_level level, std::string_view region_code) const {
  const std::size_t digits = code_length(level);
  if (region_code.size() < digits) return nullptr;
  const auto it = by_locality_code_.find(std::string(region_code.substr(0, digits)));
  // The map holds three levels; the length check above keeps a 6-digit key from answering for towns.
  return it == by_locality_code_.end() ? nullptr : &units_[it->second];
}

locality_hit unit_directory::city_covering(std::string_view region_code) const {
  const std::pair<std::string, std::size_t>* best = nullptr;
  for (const auto& entry : city_prefixes_) {
    if (!region_code.starts_with(entry.first)) continue;
    if (best == nullptr || entry.first.size() > best->first.size()) best = &entry;
  }
  if (best == nullptr) return {};
  return {&units_[best->second], units_[best->second].division_code};
}

locality_hit unit_directory::lowest_covering(std::string_view region_code, unit_level lowest) const {
  // Lowest first: 属地优先 hands a case to the unit closest to where it happened.
  for (unit_level level : {unit_level::village, unit_level::town, unit_level::district}) {
    if (static_cast<int>(level) > static_cast<int>(lowest)) continue;
    if (const unit* found = by_code(level, region_code)) return {found, found->division_code};
  }
  return city_covering(region_code);
}

}  // namespace casegw::routing
