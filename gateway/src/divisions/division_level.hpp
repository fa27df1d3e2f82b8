// The five levels of China's administrative divisions as the statistical codes write them.
// SPEC §3's four handling levels are city (市, here a province-level municipality such as
// Chongqing, or a prefecture), district/county, town/street and village/community.
#pragma once

#include <string_view>

namespace casegw::divisions {

enum class division_level {
  province,    // 省级: 2-digit statistical code, written PP0000 in GB/T 2260 style
  prefecture,  // 地级: 4-digit statistical code, written PPCC00
  county,      // 县级: 6 digits (GB/T 2260)
  town,        // 乡级 (乡镇/街道): 9 digits
  village,     // 村级 (村/社区): 12 digits
};

// "province", "prefecture", "county", "town", "village": the spelling logs and the admin API use.
std::string_view to_string(division_level level) noexcept;

}  // namespace casegw::divisions
