// body.clue.attachments[] -> unified attachments (附件). The gateway never fetches the files;
// it forwards where they are and what the platform says they are (type, size, SHA-256), which
// the workflow checks when it downloads them.
#pragma once

#include <casegw/sdk/case_builder.hpp>
#include <casegw/sdk/json/json_object.hpp>

#include <cstdint>

namespace casegw::national_regulation {

void map_attachments(const sdk::json::json_object& clue, std::int64_t max_attachments, sdk::case_builder& out);

}  // namespace casegw::national_regulation
