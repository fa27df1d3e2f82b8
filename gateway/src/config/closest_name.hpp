// "Did you mean ...?" for misspelt keys and ids: an operator who wrote `prot` or `wokflow`
// sees the name they meant rather than only a list to scan.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::config {

// The candidate within two single-character edits of `word` (the closest one), if any.
std::optional<std::string> closest_name(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace casegw::config
