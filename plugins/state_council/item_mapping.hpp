// Maps one handover item onto the unified case. The item's parts each have their own mapping
// file (clue, region, reporter, attachments); this one reads the item's identity, its class,
// times and hand-down terms (basic, handover), and calls the others.
#pragma once

#include "council_settings.hpp"

#include <casegw/sdk/adapter.hpp>
#include <casegw/sdk/case_builder.hpp>
#include <casegw/sdk/json/json_object.hpp>

namespace casegw::state_council {

// Throws sdk::rejection with the standard codes (field_errors.hpp), naming the wire field.
void map_item(const sdk::json::json_object& item, const council_settings& settings, const sdk::host& host, sdk::case_builder& out);

// Accepts "2" and "2.<minor>": minors only add optional fields, which this adapter ignores.
bool is_supported_schema_version(std::string_view version) noexcept;

}  // namespace casegw::state_council
