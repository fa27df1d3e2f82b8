// data.materials[] -> unified attachments. The gateway never fetches the files: it forwards
// where they are and what 渝快办's file service says they are (type, size, SHA-256), which the
// workflow checks when it downloads them.
#pragma once

#include <casegw/sdk/case_builder.hpp>
#include <casegw/sdk/json/json_object.hpp>

#include <cstdint>

namespace casegw::yukuaiban {

void map_materials(const sdk::json::json_object& data, std::int64_t max_materials, sdk::case_builder& out);

}  // namespace casegw::yukuaiban
