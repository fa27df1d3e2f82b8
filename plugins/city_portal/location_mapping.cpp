#include "location_mapping.hpp"

#include "portal_vocabulary.hpp"

#include <casegw/sdk/region_code.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::city_portal {

namespace {

constexpr std::size_t max_address = 500;

// The region code decides which district, town or village handles the case first
// (属地优先), so a missing one is only tolerated when the operator chose to let the city
// command centre place such cases (require_region_code = false). A sent one must be in the
// gateway's official division data, asked through the host.
void map_region(const std::optional<sdk::json::json_object>& location, const portal_settings& settings, const sdk::host& host,
                sdk::case_builder& out) {
  const bool sent = location && location->has("regionCode");
  if (!sent) {
    if (settings.require_region_code) throw sdk::missing_field("submission.location.regionCode");
    out.region_code(settings.fallback_region_code);
    return;
  }
  const std::string code = location->required_string("regionCode");
  sdk::check_region_code(host, location->path_of("regionCode"), code);
  out.region_code(code);
}

void check_range(const sdk::json::json_object& location, std::string_view key, double value, double limit) {
  if (!(value >= -limit && value <= limit))
    throw sdk::invalid_field(location.path_of(key), "is out of range");
}

void map_coordinates(const sdk::json::json_object& location, sdk::case_builder& out) {
  const auto latitude = location.optional_number("latitude");
  const auto longitude = location.optional_number("longitude");
  if (!latitude && !longitude) return;
  if (!latitude) throw sdk::missing_field(location.path_of("latitude"));
  if (!longitude) throw sdk::missing_field(location.path_of("longitude"));
  check_range(location, "latitude", *latitude, 90);
  check_range(location, "longitude", *longitude, 180);

  // A point without its datum can be hundreds of metres off (GCJ-02 vs WGS-84), so the
  // coordinate system is required whenever coordinates are sent.
  const std::string system = location.required_string("coordinateSystem");
  const auto crs = crs_for_coordinate_system(system);
  if (!crs) throw sdk::invalid_field(location.path_of("coordinateSystem"), "must be one of wgs84, gcj02, bd09");
  out.geo(sdk::geo_point{*latitude, *longitude, std::string(*crs)});
}

}  // namespace

void map_location(const sdk::json::json_object& submission, const portal_settings& settings, const sdk::host& host,
                  sdk::case_builder& out) {
  std::optional<sdk::json::json_object> location = submission.optional_object("location");
  if (!location && settings.require_region_code) throw sdk::missing_field(submission.path_of("location"));
  map_region(location, settings, host, out);
  if (!location) return;
  if (auto address = location->optional_string("address"); address && !sdk::is_blank(*address)) {
    sdk::require_max_length(location->path_of("address"), *address, max_address);
    out.address(*std::move(address));
  }
  map_coordinates(*location, out);
}

}  // namespace casegw::city_portal
