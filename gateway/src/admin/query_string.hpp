// Reads one parameter of a URL query string ("a=1&b=x%2Fy"), percent-decoded.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace casegw::admin {

std::optional<std::string> query_parameter(std::string_view target, std::string_view name);

}  // namespace casegw::admin
