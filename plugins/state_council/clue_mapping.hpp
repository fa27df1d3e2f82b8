// item.clue, the lead the citizen gave (线索): title, text, the platform's classification, the
// place (region_mapping) and who it is about.
#pragma once

#include "council_settings.hpp"

#include <casegw/sdk/adapter.hpp>
#include <casegw/sdk/case_builder.hpp>
#include <casegw/sdk/json/json_object.hpp>

namespace casegw::state_council {

void map_clue(const sdk::json::json_object& clue, const council_settings& settings, const sdk::host& host, sdk::case_builder& out);

}  // namespace casegw::state_council
