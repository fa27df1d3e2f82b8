// Detects an object with the same key twice ({"title": "a", "title": "b"}). JSON leaves the
// meaning open and parsers differ (Boost.JSON keeps the last, others the first), so a body
// signed or screened by one reader could say something else to the next: such a body is
// refused as malformed rather than read one way.
#pragma once

#include <string_view>

namespace casegw::city_portal {

// For text that already parsed as JSON; returns false for text that does not.
bool has_duplicate_keys(std::string_view json);

}  // namespace casegw::city_portal
