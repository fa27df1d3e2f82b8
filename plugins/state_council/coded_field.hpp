// Reading a field whose value is a code of one of the platform's lists (council_vocabulary.hpp)
// and turning it into what it means. An unknown code is INVALID_FIELD, and the message lists
// the codes the field takes (they are the platform's, never the reporter's data).
#pragma once

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/json/json_object.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace casegw::state_council {

// `lookup` maps a code to std::optional<meaning>.
template <class Lookup>
auto required_code(const sdk::json::json_object& node, std::string_view key, Lookup lookup, std::string_view allowed) {
  const auto meaning = lookup(node.required_string(key));
  if (!meaning) throw sdk::invalid_field(node.path_of(key), "must be one of " + std::string(allowed));
  return *meaning;
}

template <class Lookup>
auto optional_code(const sdk::json::json_object& node, std::string_view key, Lookup lookup, std::string_view allowed)
    -> decltype(lookup(std::string_view{})) {
  if (!node.has(key)) return std::nullopt;
  return required_code(node, key, lookup, allowed);
}

}  // namespace casegw::state_council
