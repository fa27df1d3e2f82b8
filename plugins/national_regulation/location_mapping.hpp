// body.clue.location -> unified location: the division the clue was handed down to (属地) and
// the address the reporter gave.
#pragma once

#include <casegw/sdk/adapter.hpp>
#include <casegw/sdk/case_builder.hpp>
#include <casegw/sdk/json/json_object.hpp>

namespace casegw::national_regulation {

void map_location(const sdk::json::json_object& location, const sdk::host& host, sdk::case_builder& out);

}  // namespace casegw::national_regulation
