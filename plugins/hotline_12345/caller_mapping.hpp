// workOrder.caller (来电人) onto reporter: a person, an enterprise, or an anonymous caller.
#pragma once

#include "hotline_settings.hpp"
#include "wire_element.hpp"

#include <casegw/sdk/case_builder.hpp>

namespace casegw::hotline_12345 {

void map_caller(const wire_element& caller, const hotline_settings& settings, sdk::case_builder& out);

}  // namespace casegw::hotline_12345
