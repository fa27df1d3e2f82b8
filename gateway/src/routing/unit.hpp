// A handling unit of config/routing/units.yaml: who handles a case, where in the division tree it
// sits, and which configured destination reaches it (docs/routing.md).
#pragma once

#include "config/gateway_config.hpp"
#include "routing/unit_level.hpp"

#include <string>

namespace casegw::routing {

struct unit {
  std::string id;             // [a-z][a-z0-9_]*, unique; what routes and the case's `route.unit.id` name
  std::string name;           // as the unit calls itself, e.g. "渝中区12345分中心"
  unit_level level = unit_level::city;
  std::string division_code;  // village 12 digits, town 9, district 6 (county-level), city PP0000/PPCC00;
                              // a department's code is its jurisdiction
  std::string destination;    // a destination id of gateway.yaml
  std::string parent;         // optional: the unit above it, for admin views
  // Whether locality first may pick this unit for a case in its area. False for desks that are
  // reached only by a top-down rule, such as the command centre's review queue, which shares
  // its code with the command centre itself. Always false for departments.
  bool locality = true;
  config::source_mark mark;   // where units.yaml defines it
};

}  // namespace casegw::routing
