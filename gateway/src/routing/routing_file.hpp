// What the readers of units.yaml and routes.yaml share: opening a file with its syntax errors as
// problems, and the checks both apply to ids and lists.
#pragma once

#include "config/yaml_map_reader.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::routing {

// The parsed document, or nullopt with a problem (the parser's line for a syntax error).
std::optional<YAML::Node> parse_routing_file(const std::string& path, config::load_context& context);

// A list of values, or a single value as a list of one (`scope: suspected_out_of_scope`).
// Reports an empty list, since "any of nothing" would never hold. Absent: out is left empty.
void read_any_of(const config::yaml_map_reader& reader, std::string_view key, std::vector<std::string>& out);

// Ids of units and rules: a-z, 0-9 and _, starting with a letter, at most 64 (as channel ids).
void check_identifier(const config::yaml_map_reader& reader, std::string_view key, const std::string& value);

// Reports `value` when it is not in `known`: "unknown destination 'lcoal' (did you mean 'local'?); known: local".
// True when known.
bool check_known(const config::yaml_map_reader& reader, std::string_view key, const std::string& value,
                 const std::vector<std::string>& known, std::string_view what);

}  // namespace casegw::routing
