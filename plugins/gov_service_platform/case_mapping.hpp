// Maps one CASE_NEW message onto the unified case. This file covers identity, time, content,
// the service item and department, place and handling; the reporter and the attachments have
// their own files. Fields are read in the order of docs/channels/gov_service_platform.md §2,
// so the first problem found is the one reported.
#pragma once

#include "flat_message.hpp"
#include "platform_settings.hpp"

#include <casegw/sdk/adapter.hpp>
#include <casegw/sdk/case_builder.hpp>

namespace casegw::gov_service_platform {

// host answers whether areaCode is a known division (sdk::check_region_code).
void map_case(const flat_message& message, const platform_settings& settings, const sdk::host& host,
              sdk::case_builder& out);

}  // namespace casegw::gov_service_platform
