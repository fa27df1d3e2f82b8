#include "region_mapping.hpp"

#include "coded_field.hpp"
#include "council_vocabulary.hpp"

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/region_code.hpp>
#include <casegw/sdk/text.hpp>

#include <optional>

namespace casegw::state_council {

namespace {

constexpr std::size_t max_address = 500;

// One level of region: its code and the path that names the code in errors.
struct division {
  std::string code;
  std::string path;
};

std::optional<division> read_level(const sdk::json::json_object& region, std::string_view level, std::size_t digits) {
  const auto node = region.optional_object(level);
  if (!node) return std::nullopt;
  division d{node->required_string("code"), node->path_of("code")};
  node->optional_string("name");  // for people reading the item; the code is what counts
  if (d.code.size() != digits || !sdk::region_code_format_problem(d.code).empty())
    throw sdk::invalid_region_code(d.path, "must be " + std::to_string(digits) + " digits at the " + std::string(level) + " level");
  return d;
}

// `inner` must start with the first `shared` digits of `outer`.
void require_within(const division& inner, const division& outer, std::size_t shared, std::string_view outer_level) {
  if (inner.code.compare(0, shared, outer.code, 0, shared) != 0)
    throw sdk::invalid_region_code(inner.path, "does not lie within the " + std::string(outer_level) + " given");
}

bool ends_with_zero_pairs(const std::string& code, std::size_t pairs) {
  return code.compare(code.size() - 2 * pairs, 2 * pairs, std::string(2 * pairs, '0')) == 0;
}

// Province and county are required, city is optional, a village needs its town.
division most_specific_division(const sdk::json::json_object& region) {
  const auto province = read_level(region, "province", 6);
  if (!province) throw sdk::missing_field(region.path_of("province"));
  if (!ends_with_zero_pairs(province->code, 2))
    throw sdk::invalid_region_code(province->path, "must be a province-level code ending in 0000, like 500000");
  const auto city = read_level(region, "city", 6);
  if (city && (!ends_with_zero_pairs(city->code, 1) || ends_with_zero_pairs(city->code, 2)))
    throw sdk::invalid_region_code(city->path, "must be a prefecture-level code ending in 00, like 500100");
  if (city) require_within(*city, *province, 2, "province");

  const auto county = read_level(region, "county", 6);
  if (!county) throw sdk::missing_field(region.path_of("county"));
  require_within(*county, city ? *city : *province, city ? 4 : 2, city ? "city" : "province");
  const auto town = read_level(region, "town", 9);
  if (town) require_within(*town, *county, 6, "county");
  const auto village = read_level(region, "village", 12);
  if (village && !town) throw sdk::missing_field(region.path_of("town"));
  if (village) require_within(*village, *town, 9, "town");
  return village ? *village : town ? *town : *county;
}

void check_range(const sdk::json::json_object& coordinate, std::string_view key, double value, double min, double max) {
  if (!(value >= min && value <= max))
    throw sdk::invalid_field(coordinate.path_of(key), "lies outside China (are latitude and longitude swapped?)");
}

// Bounds of China with a margin: a point outside them is almost always latitude and longitude
// written the wrong way round, which would place the case thousands of kilometres away.
void map_coordinate(const sdk::json::json_object& location, sdk::case_builder& out) {
  const auto coordinate = location.optional_object("coordinate");
  if (!coordinate) return;
  const auto longitude = coordinate->optional_number("longitude");
  const auto latitude = coordinate->optional_number("latitude");
  if (!longitude) throw sdk::missing_field(coordinate->path_of("longitude"));
  if (!latitude) throw sdk::missing_field(coordinate->path_of("latitude"));
  check_range(*coordinate, "longitude", *longitude, 73, 136);
  check_range(*coordinate, "latitude", *latitude, 3, 54);
  // The datum is required: the same point differs by hundreds of metres between GCJ-02 and WGS 84.
  const auto crs = required_code(*coordinate, "crs", crs_for_datum, datum_codes);
  out.geo(sdk::geo_point{*latitude, *longitude, std::string(crs)});
}

}  // namespace

void map_location(const sdk::json::json_object& location, std::string_view jurisdiction_prefix, const sdk::host& host,
                  sdk::case_builder& out) {
  const division place = most_specific_division(location.required_object("region"));
  if (place.code.compare(0, jurisdiction_prefix.size(), jurisdiction_prefix) != 0)
    throw sdk::invalid_region_code(place.path, "lies outside this channel's jurisdiction (setting jurisdiction_code)");
  sdk::check_region_code(host, place.path, place.code);
  out.region_code(place.code);

  if (auto address = location.optional_string("address"); address && !sdk::is_blank(*address)) {
    sdk::require_max_length(location.path_of("address"), *address, max_address);
    out.address(*std::move(address));
  }
  map_coordinate(location, out);
}

}  // namespace casegw::state_council
