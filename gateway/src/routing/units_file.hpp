// Reads config/routing/units.yaml: every unit with its level, division code and destination,
// reporting each mistake with its line (docs/routing.md lists the keys).
#pragma once

#include "config/load_context.hpp"
#include "divisions/division_directory.hpp"
#include "routing/unit.hpp"

#include <string>
#include <vector>

namespace casegw::routing {

// Every unit that has an id, even one with problems, so that routes.yaml is checked against the
// ids the operator meant; the caller builds nothing when the context has problems.
std::vector<unit> read_units_file(config::load_context& context, const YAML::Node& root,
                                  const divisions::division_directory& divisions,
                                  const std::vector<std::string>& destination_ids);

}  // namespace casegw::routing
