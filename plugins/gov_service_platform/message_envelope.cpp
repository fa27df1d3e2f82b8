#include "message_envelope.hpp"

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::gov_service_platform {

bool is_supported_version(std::string_view version) noexcept {
  if (!version.starts_with('1')) return false;
  version.remove_prefix(1);
  return version.empty() || (version.starts_with('.') && sdk::is_all_digits(version.substr(1)));
}

void check_envelope(const flat_message& message) {
  if (!is_supported_version(message.required_text("version")))
    throw sdk::rejection(sdk::code::unsupported_version, "version", "this adapter reads interface version 1.x only");
  if (message.required_text("msgType") != new_case_message)
    throw sdk::invalid_field("msgType", "must be CASE_NEW: this intake takes new items only");
}

}  // namespace casegw::gov_service_platform
