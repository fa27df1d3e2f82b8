// The settings an operator sets for a national_regulation channel (config: channels[].settings).
// The gateway checks types, bounds and REQUIRED against regulation_setting_fields before
// create(); read() adds the format rules the table cannot express.
#pragma once

#include <casegw/plugin_abi.h>
#include <casegw/sdk/adapter.hpp>

#include <cstdint>
#include <string>

namespace casegw::national_regulation {

inline constexpr casegw_config_field regulation_setting_fields[] = {
    {"access_code", CASEGW_FIELD_STRING, CASEGW_FIELD_REQUIRED, nullptr, 1, 0,
     "The code the national Internet+ Regulation system assigned to this receiving platform "
     "(接入单位编码), 1-32 of A-Z a-z 0-9 _ -. A push whose header.receiver differs is refused; "
     "every result feedback carries it as header.sender."},
    {"max_attachments", CASEGW_FIELD_INT, 0, "20", 0, 50,
     "Most attachments one clue may carry; more is refused (INVALID_FIELD body.clue.attachments)."},
    {"feedback_path", CASEGW_FIELD_STRING, 0, "/api/jg/v1/clue/feedback", 1, 0,
     "Path on the national system's interface to which result feedback (办理结果回传) is posted."},
};

struct regulation_settings {
  std::string access_code;
  std::int64_t max_attachments = 20;
  std::string feedback_path = "/api/jg/v1/clue/feedback";

  // Throws sdk::config_error naming the setting when a value breaks its rule.
  static regulation_settings read(const sdk::host& host);
};

}  // namespace casegw::national_regulation
