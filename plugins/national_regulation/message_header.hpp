// The header of every message the national system pushes:
//   {"header": {"msgId", "version", "msgType", "sender", "receiver", "sendTime"}, "body": {...}}
// Nothing in it reaches the unified case (the gateway keeps the raw message), but it decides
// whether this adapter may read the body at all.
#pragma once

#include "regulation_settings.hpp"

#include <casegw/sdk/json/json_object.hpp>

#include <string_view>

namespace casegw::national_regulation {

// The one message type this channel takes: a clue handed down (线索交办).
inline constexpr std::string_view clue_assignment = "CLUE_ASSIGN";

// Throws UNSUPPORTED_VERSION (header.version), MISSING_FIELD, WRONG_TYPE, INVALID_FIELD (a
// message type other than CLUE_ASSIGN, a receiver other than the access_code setting) or
// INVALID_DATE (header.sendTime).
void check_header(const sdk::json::json_object& message, const regulation_settings& settings);

// "1" and "1.<minor>": minors only add optional fields, which this adapter ignores.
bool is_supported_version(std::string_view version) noexcept;

}  // namespace casegw::national_regulation
