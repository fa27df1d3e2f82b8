// Finds an object that has the same key twice ({"title": "a", "title": "b"}) and says where.
// JSON leaves the meaning of such a body open and parsers differ (Boost.JSON keeps the last
// value, others the first), so a body screened by one reader could say something else to the
// next. The adapter refuses it with DUPLICATE_FIELD and this path.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace casegw::national_regulation {

// The dotted path of the first repeated key, e.g. "body.clue.attachments[1].url"; nullopt when
// every object has distinct keys. For text that already parsed as JSON.
std::optional<std::string> first_duplicate_key(std::string_view json);

}  // namespace casegw::national_regulation
