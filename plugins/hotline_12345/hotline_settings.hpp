// The settings an operator can tune for a hotline_12345 channel (config: channels[].settings).
// The gateway validates types, bounds and defaults against hotline_setting_fields before
// create(); read() repeats the checks the table cannot express.
#pragma once

#include <casegw/plugin_abi.h>
#include <casegw/sdk/adapter.hpp>

#include <cstddef>
#include <string>

namespace casegw::hotline_12345 {

// The unified case's own limit on content; max_content_chars may only lower it.
inline constexpr std::int64_t unified_max_content_chars = 20000;

inline constexpr casegw_config_field hotline_setting_fields[] = {
    {"reply_path", CASEGW_FIELD_STRING, 0, "/api/workorder/feedback", 1, 0,
     "Path on the work-order system that feedback (办理反馈) XML is POSTed to, relative to the "
     "channel's outbound base URL; starts with '/', no query or fragment."},
    {"default_region_code", CASEGW_FIELD_STRING, 0, nullptr, 1, 0,
     "Region code (6, 9 or 12 digits) a work order is filed under when it names no district, "
     "town or village (e.g. 500000, Chongqing, for a city-wide policy question); it must be in the "
     "official division list. Unset: workOrder.location.districtCode is required."},
    {"accept_landline", CASEGW_FIELD_BOOL, 0, "true", 1, 0,
     "Accept fixed-line numbers with an area code (023-68881234) as the caller's phone; false "
     "accepts mainland mobile numbers only (INVALID_FIELD workOrder.caller.phone otherwise)."},
    {"max_content_chars", CASEGW_FIELD_INT, 0, "20000", 1, unified_max_content_chars,
     "Most characters workOrder.content may have (FIELD_TOO_LONG above); at most 20000, the "
     "unified case's limit."},
};

struct hotline_settings {
  std::string reply_path = "/api/workorder/feedback";
  std::string default_region_code;  // "" when unset
  bool accept_landline = true;
  std::size_t max_content_chars = unified_max_content_chars;

  // Throws sdk::config_error naming the setting when a value makes no sense.
  static hotline_settings read(const sdk::host& host);
};

}  // namespace casegw::hotline_12345
