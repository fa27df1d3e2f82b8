// The settings an operator can tune for a state_council channel (config: channels[].settings).
// The gateway checks types, bounds and defaults against council_setting_fields before create();
// read() adds the checks the table cannot express (formats, settings that exclude each other).
#pragma once

#include <casegw/plugin_abi.h>
#include <casegw/sdk/adapter.hpp>

#include <cstdint>
#include <string>

namespace casegw::state_council {

inline constexpr casegw_config_field council_setting_fields[] = {
    {"page_size", CASEGW_FIELD_INT, 0, "100", 1, 500,
     "Items asked for per poll (the limit parameter); the platform answers at most 500."},
    {"items_path", CASEGW_FIELD_STRING, 0, "/api/v2/handover/items", 1, 0,
     "Path of the platform's handover item list, relative to the channel's base URL."},
    {"feedback_path_prefix", CASEGW_FIELD_STRING, 0, "/api/v2/handover/items", 1, 0,
     "Path under which feedback (办理结果反馈) is posted: <prefix>/<itemId>/feedback."},
    {"start_cursor", CASEGW_FIELD_STRING, 0, "", 1, 0,
     "Cursor the very first poll starts from (e.g. one the platform's operators issued); "
     "empty: from start_time, or from the oldest item the platform still holds."},
    {"start_time", CASEGW_FIELD_STRING, 0, "", 1, 0,
     "ISO 8601 date-time with offset: the very first poll asks for items handed down since then "
     "(the since parameter). Empty: no limit. Not together with start_cursor."},
    {"clock_starts_at", CASEGW_FIELD_STRING, 0, "handover", 1, 0,
     "Which time becomes the case's submitted_at, from which deadlines count: handover (when the "
     "platform handed the item down, basic.handedOverAt) or submission (when the citizen wrote, "
     "basic.reportedAt)."},
    {"jurisdiction_code", CASEGW_FIELD_STRING, 0, "500000", 1, 0,
     "Division code of the area this channel receives items for (500000: Chongqing). An item "
     "located outside it was handed to the wrong locality and is refused (INVALID_REGION_CODE)."},
};

enum class clock_start { handover, submission };

struct council_settings {
  std::int64_t page_size = 100;
  std::string items_path = "/api/v2/handover/items";
  std::string feedback_path_prefix = "/api/v2/handover/items";
  std::string start_cursor;
  std::string start_time;
  clock_start clock_starts_at = clock_start::handover;
  // The leading digits every region code in the jurisdiction shares: "50" for 500000.
  std::string jurisdiction_prefix = "50";

  // Throws sdk::config_error naming the setting when a value makes no sense.
  static council_settings read(const sdk::host& host);
};

}  // namespace casegw::state_council
