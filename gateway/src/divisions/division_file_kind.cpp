#include "divisions/division_file_kind.hpp"

#include <array>

namespace casegw::divisions {

namespace {

constexpr std::array<std::string_view, 2> province_header{"code", "name"};
constexpr std::array<std::string_view, 3> city_header{"code", "name", "provinceCode"};
constexpr std::array<std::string_view, 4> area_header{"code", "name", "cityCode", "provinceCode"};
constexpr std::array<std::string_view, 5> street_header{"code", "name", "areaCode", "provinceCode", "cityCode"};
constexpr std::array<std::string_view, 6> village_header{"code",         "name",     "streetCode",
                                                         "provinceCode", "cityCode", "areaCode"};

constexpr std::array<std::size_t, 1> city_prefixes{2};
constexpr std::array<std::size_t, 2> area_prefixes{4, 2};
constexpr std::array<std::size_t, 3> street_prefixes{6, 2, 4};
constexpr std::array<std::size_t, 4> village_prefixes{9, 2, 4, 6};

// "streets-chongqing.csv" with prefix "streets-": true when the middle is a region name.
bool is_regional_name(std::string_view file_name, std::string_view prefix) noexcept {
  constexpr std::string_view extension = ".csv";
  if (file_name.size() <= prefix.size() + extension.size() || !file_name.starts_with(prefix) ||
      !file_name.ends_with(extension))
    return false;
  const std::string_view region = file_name.substr(prefix.size(), file_name.size() - prefix.size() - extension.size());
  for (const char c : region)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

}  // namespace

std::optional<division_file_kind> division_file_kind_of(std::string_view file_name) noexcept {
  if (file_name == "provinces.csv") return division_file_kind{division_level::province, 2, province_header, {}, 0};
  if (file_name == "cities.csv") return division_file_kind{division_level::prefecture, 4, city_header, city_prefixes, 2};
  if (file_name == "areas.csv") return division_file_kind{division_level::county, 6, area_header, area_prefixes, 4};
  if (is_regional_name(file_name, "streets-"))
    return division_file_kind{division_level::town, 9, street_header, street_prefixes, 6};
  if (is_regional_name(file_name, "villages-"))
    return division_file_kind{division_level::village, 12, village_header, village_prefixes, 9};
  return std::nullopt;
}

}  // namespace casegw::divisions
