// Maps one portal submission onto the unified case. Each part of the submission has its own
// mapping file (location, reporter, attachments); this one covers identity, time, content and
// the subject complained about, and calls the others.
#pragma once

#include "portal_settings.hpp"

#include <casegw/sdk/adapter.hpp>
#include <casegw/sdk/case_builder.hpp>
#include <casegw/sdk/json/json_object.hpp>

namespace casegw::city_portal {

// host answers the division check of the region code (sdk::check_region_code).
void map_submission(const sdk::json::json_object& submission, const portal_settings& settings, const sdk::host& host,
                    sdk::case_builder& out);

}  // namespace casegw::city_portal
