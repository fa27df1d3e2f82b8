#include "routing/route_decision.hpp"

#include <boost/json/array.hpp>

namespace casegw::routing {

boost::json::object to_json(const route_decision& decision) {
  boost::json::array destinations;
  for (const auto& id : decision.destinations) destinations.emplace_back(id);
  boost::json::object unit{{"id", decision.unit_id}, {"name", decision.unit_name}, {"division_code", decision.division_code}};
  boost::json::object out;
  out["rule"] = decision.rule_id;
  // The handling unit's destination on its own, for consumers that only want "where to".
  out["destination"] = decision.destinations.empty() ? std::string() : decision.destinations.front();
  out["destinations"] = std::move(destinations);
  out["level"] = decision.level;
  out["unit"] = std::move(unit);
  out["direction"] = decision.direction;
  out["reason"] = decision.reason;
  return out;
}

}  // namespace casegw::routing
