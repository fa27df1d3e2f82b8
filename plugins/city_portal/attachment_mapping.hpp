// submission.attachments[] -> unified attachments. The gateway never fetches the files; it
// forwards where they are and what the portal says they are (type, size, SHA-256), which the
// workflow checks when it downloads them.
#pragma once

#include <casegw/sdk/case_builder.hpp>
#include <casegw/sdk/json/json_object.hpp>

#include <cstdint>

namespace casegw::city_portal {

void map_attachments(const sdk::json::json_object& submission, std::int64_t max_attachments, sdk::case_builder& out);

}  // namespace casegw::city_portal
