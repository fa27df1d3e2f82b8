// Where a case goes and why: the unified case's `route` group (docs/routing.md,
// docs/schemas/casegw.case.v1.schema.json).
#pragma once

#include <boost/json/object.hpp>

#include <string>
#include <vector>

namespace casegw::routing {

struct route_decision {
  std::string rule_id;
  std::vector<std::string> destinations;  // first = the handling unit's destination, then fan-out extras; no duplicates
  std::string level;      // city|district|town|village|department
  std::string unit_id, unit_name, division_code;
  std::string direction;  // bottom_up | top_down
  // Why, in a short English sentence naming codes and ids only (never case text), e.g.
  // "locality first: village code 500101001001 → unit wanzhou_dongfangguangchang".
  std::string reason;
};

// {rule, destination, destinations[], level, unit{id,name,division_code}, direction, reason}
boost::json::object to_json(const route_decision& decision);

}  // namespace casegw::routing
