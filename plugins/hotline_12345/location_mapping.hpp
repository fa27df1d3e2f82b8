// workOrder.location onto location: the district (区县), town/street (乡镇街道) and
// village/community (村社区) codes the call centre picked from its cascading lists, the most
// precise of which becomes region_code, and the address.
#pragma once

#include "hotline_settings.hpp"
#include "wire_element.hpp"

#include <casegw/sdk/adapter.hpp>
#include <casegw/sdk/case_builder.hpp>

namespace casegw::hotline_12345 {

// Asks the host whether the chosen code is an official division (INVALID_REGION_CODE if not).
void map_location(const wire_element& order, const sdk::host& host, const hotline_settings& settings,
                  sdk::case_builder& out);

}  // namespace casegw::hotline_12345
