// The units of units.yaml by id, and the 属地优先 lookup: the lowest unit covering a region code.
#pragma once

#include "routing/unit.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace casegw::routing {

// What locality first found for a region code: the unit, and the code it was found by.
struct locality_hit {
  const unit* found = nullptr;
  std::string matched_code;  // "500101001" when a 12-digit region code was judged by its town
};

class unit_directory {
 public:
  unit_directory() = default;
  // Units as the loader validated them: unique ids, codes fitting their levels, and at most one
  // locality unit per code.
  explicit unit_directory(std::vector<unit> units);

  const unit* find(std::string_view id) const;
  const std::vector<unit>& all() const noexcept { return units_; }

  // The lowest locality unit covering `region_code`, trying village (exact 12 digits), town
  // (first 9), district (first 6), then the city unit with the longest covering prefix, but
  // none below `lowest`: lowest = district skips villages and towns. found == nullptr when no
  // unit covers the code.
  locality_hit lowest_covering(std::string_view region_code, unit_level lowest) const;

 private:
  const unit* by_code(unit_level level, std::string_view region_code) const;
  locality_hit city_covering(std::string_view region_code) const;

  std::vector<unit> units_;
  std::unordered_map<std::string, std::size_t> by_id_;
  std::unordered_map<std::string, std::size_t> by_locality_code_;  // village, town and district codes
  std::vector<std::pair<std::string, std::size_t>> city_prefixes_;  // "50" for 500000, "5001" for 500100
};

// The code prefix a city unit covers: "50" for a province-level code PP0000, "5001" for a
// prefecture PPCC00.
std::string city_cover_prefix(std::string_view city_code);

// Only ASCII digits, at least one: what division codes are made of.
bool all_digits(std::string_view text) noexcept;

}  // namespace casegw::routing
