// Maps one handed-down clue (body.clue) onto the unified case. This file covers identity,
// time, content and handling; the location, the reporter, the subject and the attachments each
// have their own mapping file, called from here in that order.
#pragma once

#include "regulation_settings.hpp"

#include <casegw/sdk/adapter.hpp>
#include <casegw/sdk/case_builder.hpp>
#include <casegw/sdk/json/json_object.hpp>

namespace casegw::national_regulation {

// `host` answers whether the clue's region code is a known division.
void map_clue(const sdk::json::json_object& clue, const regulation_settings& settings, const sdk::host& host, sdk::case_builder& out);

}  // namespace casegw::national_regulation
