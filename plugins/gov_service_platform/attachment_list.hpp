// attachments: the files the reporter uploaded, as a flat array of URLs on the platform's file
// service -> unified attachments[].uri. The gateway never fetches them; the platform states
// neither type, size nor digest, so only the location travels.
#pragma once

#include "flat_message.hpp"

#include <casegw/sdk/case_builder.hpp>

#include <cstdint>

namespace casegw::gov_service_platform {

// Throws INVALID_FIELD for more than max_attachments URLs or a URL that is not https.
void map_attachments(const flat_message& message, std::int64_t max_attachments, sdk::case_builder& out);

}  // namespace casegw::gov_service_platform
