// submission.location -> unified location: region code, address, optional coordinates.
#pragma once

#include "portal_settings.hpp"

#include <casegw/sdk/adapter.hpp>
#include <casegw/sdk/case_builder.hpp>
#include <casegw/sdk/json/json_object.hpp>

namespace casegw::city_portal {

// host answers whether the region code is a known division (INVALID_REGION_CODE if not).
void map_location(const sdk::json::json_object& submission, const portal_settings& settings, const sdk::host& host,
                  sdk::case_builder& out);

}  // namespace casegw::city_portal
