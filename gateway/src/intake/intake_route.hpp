// Recognizes the intake endpoint: /v1/channels/{channel}/cases.
#pragma once

#include <optional>
#include <string_view>

namespace casegw::intake {

// The channel id of an intake path, or nullopt when the path is not the intake endpoint.
std::optional<std::string_view> channel_of_intake_path(std::string_view path);

}  // namespace casegw::intake
