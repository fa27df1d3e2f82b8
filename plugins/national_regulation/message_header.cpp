#include "message_header.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::national_regulation {

bool is_supported_version(std::string_view version) noexcept {
  return version == "1" || (version.starts_with("1.") && sdk::is_all_digits(version.substr(2)));
}

void check_header(const sdk::json::json_object& message, const regulation_settings& settings) {
  const sdk::json::json_object header = message.required_object("header");
  if (!is_supported_version(header.required_string("version")))
    throw sdk::rejection(sdk::code::unsupported_version, header.path_of("version"),
                         "this adapter reads message version 1.x only");
  // Other message types (催办 urging, 撤回 withdrawal, ...) have other bodies: reading them as a
  // hand-down would file a case nobody handed down.
  if (header.required_string("msgType") != clue_assignment)
    throw sdk::invalid_field(header.path_of("msgType"), "must be CLUE_ASSIGN: this channel takes handed-down clues only");
  header.required_string("msgId");   // the platform's message id: not mapped, but required by the interface
  header.required_string("sender");  // the sending system's code: informational
  if (header.required_string("receiver") != settings.access_code)
    throw sdk::invalid_field(header.path_of("receiver"), "is not the access code configured for this channel");
  sdk::read_epoch_millis(header.path_of("sendTime"), header.required_integer("sendTime"));
}

}  // namespace casegw::national_regulation
