#include "location_mapping.hpp"

#include "ykb_vocabulary.hpp"

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/region_code.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::yukuaiban {

namespace {

constexpr std::size_t max_address = 500;

void check_range(const sdk::json::json_object& location, std::string_view key, double value, double limit) {
  if (!(value >= -limit && value <= limit)) throw sdk::invalid_field(location.path_of(key), "is out of range");
}

void map_point(const sdk::json::json_object& location, sdk::case_builder& out) {
  const auto latitude = location.optional_number("latitude");
  const auto longitude = location.optional_number("longitude");
  if (!latitude && !longitude) return;
  if (!latitude) throw sdk::missing_field(location.path_of("latitude"));
  if (!longitude) throw sdk::missing_field(location.path_of("longitude"));
  // The platform's Java backend writes 0.0 for "no fix" (location permission denied). The
  // point 0,0 lies in the Gulf of Guinea, never in Chongqing, so it means "no point".
  if (*latitude == 0 && *longitude == 0) return;
  check_range(location, "latitude", *latitude, 90);
  check_range(location, "longitude", *longitude, 180);

  // The app and both mini-programs take the point from AMap / WeChat / Alipay location APIs,
  // which answer in GCJ-02, so that is the datum when none is named. Never converted here: a
  // GCJ-02 point read as WGS-84 is hundreds of metres off, so the datum travels with the point.
  const std::string coord_type = location.optional_string("coordType").value_or("gcj02");
  const auto crs = crs_for_coord_type(coord_type);
  if (!crs) throw sdk::invalid_field(location.path_of("coordType"), "must be one of " + std::string(coord_type_codes));
  out.geo(sdk::geo_point{*latitude, *longitude, std::string(*crs)});
}

}  // namespace

void map_location(const sdk::json::json_object& location, const sdk::host& host, sdk::case_builder& out) {
  // The region code decides which district, town or village handles the case first
  // (属地优先); 渝快办 makes the user pick it, so it is always required.
  std::string region_code = location.required_string("regionCode");
  sdk::check_region_code(host, location.path_of("regionCode"), region_code);
  out.region_code(std::move(region_code));

  if (auto address = location.optional_string("address"); address && !sdk::is_blank(*address)) {
    sdk::require_max_length(location.path_of("address"), *address, max_address);
    out.address(*std::move(address));
  }
  map_point(location, out);
}

}  // namespace casegw::yukuaiban
