#include "message_header.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::national_regulation {

bool is_supported_version(std::string_view version) noexcept {
  return version == "1" || (version.starts_with("1.") && sdk::is_all_digits(version.substr(2)));
}

void check_header(const wire_node& message, const regulation_settings& settings) {
  const wire_node header = message.child("header");
  if (!is_supported_version(header.text("version")))
    throw sdk::rejection(sdk::code::unsupported_version, header.path_of("version"),
                         "this adapter reads message version 1.x only");
  // Other message types (催办 urging, 撤回 withdrawal, ...) have other bodies: reading them as a
  // hand-down would file a case nobody handed down.
  if (header.text("msgType") != clue_assignment)
    throw sdk::invalid_field(header.path_of("msgType"), "must be CLUE_ASSIGN: this channel takes handed-down clues only");
  header.text("msgId");   // the platform's message id: not mapped, but required by the interface
  header.text("sender");  // the sending system's code: informational
  if (header.text("receiver") != settings.access_code)
    throw sdk::invalid_field(header.path_of("receiver"), "is not the access code configured for this channel");
  sdk::read_epoch_millis(header.path_of("sendTime"), header.integer("sendTime"));
}

}  // namespace casegw::national_regulation
