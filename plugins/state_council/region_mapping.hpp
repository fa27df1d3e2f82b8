// clue.location: where the matter happened. The platform gives the place as the chain of
// divisions the citizen picked (province, optionally city, county, then optionally town and
// village), each {code, name}; the most specific code becomes location.region_code, which
// decides who handles the case first (属地优先).
//
// Each code must have its level's length, nest inside the level above it (a town's first six
// digits are its county), lie inside this channel's jurisdiction, and the most specific one must
// be in the gateway's official division list: else INVALID_REGION_CODE naming that level's code.
#pragma once

#include <casegw/sdk/adapter.hpp>
#include <casegw/sdk/case_builder.hpp>
#include <casegw/sdk/json/json_object.hpp>

#include <string_view>

namespace casegw::state_council {

void map_location(const sdk::json::json_object& location, std::string_view jurisdiction_prefix, const sdk::host& host,
                  sdk::case_builder& out);

}  // namespace casegw::state_council
