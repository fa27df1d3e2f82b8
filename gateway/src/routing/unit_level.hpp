// The levels a case can be handled at (SPEC §3): the four of 属地 handling, city (市级指挥中心)
// → district/county (区县) → town/street (乡镇/街道) → village/community (村/社区), plus the
// functional departments (市市场监管局, ...) that some cases go to directly.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::routing {

enum class unit_level { city, district, town, village, department };

// "city", "district", "town", "village", "department": the spelling of units.yaml, the case's
// `route.level` and the admin API.
std::string_view to_string(unit_level level) noexcept;
std::optional<unit_level> parse_unit_level(std::string_view text) noexcept;

// Every spelling, for "is not one of ..." messages.
const std::vector<std::string>& unit_level_names();

// The digits of a division code each locality level is keyed by (village 12, town 9,
// district 6); 0 for city and department, whose codes are matched otherwise.
std::size_t code_length(unit_level level) noexcept;

}  // namespace casegw::routing
