// Finds an object that has the same key twice ({"title": "a", "title": "b"}) and names where.
// JSON leaves such a document's meaning open and parsers disagree (Boost.JSON keeps the last
// value, others the first), so a body screened by one reader could say something else to the
// next: the platform hears DUPLICATE_FIELD with the path instead of having one reading chosen.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace casegw::state_council {

// The dotted path of the first repeated key ("clue.title", "attachments[1].url"), or nullopt.
// Repeats strictly below `ignored_below` (e.g. inside the elements of "data.items") are passed
// over: they belong to parts of the document that are checked on their own later. Only for text that parsed as JSON.
std::optional<std::string> first_duplicate_key(std::string_view json, std::string_view ignored_below = {});

}  // namespace casegw::state_council
