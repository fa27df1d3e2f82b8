// Cuts the elements of one array out of a JSON text exactly as they were sent, byte for byte.
//
// A poll answer carries many items; each is handed to the gateway as its own body and decoded
// later like a pushed request. Slicing (rather than re-serializing) keeps every item's bytes the
// platform's own: the gateway's raw-payload record (size, SHA-256) then matches what the
// platform holds, and a key an item repeats is still there for decode() to refuse.
#pragma once

#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

namespace casegw::state_council {

// The elements of the array at `path` (object keys from the top, e.g. {"data", "items"}), each
// with its surrounding whitespace removed; nullopt when the path does not lead to an array.
// Only for text that already parsed as strict JSON: nothing is validated here.
std::optional<std::vector<std::string_view>> array_elements_at(std::string_view json,
                                                                std::initializer_list<std::string_view> path);

}  // namespace casegw::state_council
