// Finds an object with the same key twice ({"title": "a", "title": "b"}). JSON leaves the
// meaning open and parsers differ (Boost.JSON keeps the last, others the first), so a body
// signed or screened by one reader could say something else to the next: such a body is
// refused (DUPLICATE_FIELD) rather than read one way.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace casegw::city_portal {

// For text that already parsed as JSON: the dotted path of the first key that appears twice in
// its object ("submission.attachments[1].url"), or nullopt when every key is unique.
std::optional<std::string> first_duplicate_key(std::string_view json);

}  // namespace casegw::city_portal
