// data.location -> unified location: the region code (checked against the gateway's official
// division list through the host), the address, and the point the user picked on the map.
#pragma once

#include <casegw/sdk/adapter.hpp>
#include <casegw/sdk/case_builder.hpp>
#include <casegw/sdk/json/json_object.hpp>

namespace casegw::yukuaiban {

void map_location(const sdk::json::json_object& location, const sdk::host& host, sdk::case_builder& out);

}  // namespace casegw::yukuaiban
