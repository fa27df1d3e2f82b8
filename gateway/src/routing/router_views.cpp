// The admin API's views of the loaded unit directory and route table.
#include "routing/router.hpp"

namespace casegw::routing {
namespace {

boost::json::array string_array(const std::vector<std::string>& items) {
  boost::json::array out;
  for (const auto& item : items) out.emplace_back(item);
  return out;
}

boost::json::object unit_json(const unit& u) {
  boost::json::object out{{"id", u.id},
                          {"name", u.name},
                          {"level", to_string(u.level)},
                          {"division_code", u.division_code},
                          {"destination", u.destination},
                          {"locality", u.locality}};
  if (!u.parent.empty()) out["parent"] = u.parent;
  return out;
}

boost::json::object match_json(const route_rule& rule) {
  boost::json::object out;
  for (const auto& condition : rule.conditions) {
    // urgent is a yes/no in routes.yaml, and reads best as one here too.
    if (condition.key->key == "urgent") {
      out["urgent"] = condition.wanted.front() == "true";
    } else {
      out[condition.key->key] = string_array(condition.wanted);
    }
  }
  return out;
}

boost::json::object rule_json(const route_rule& rule) {
  boost::json::object out{{"id", rule.id}, {"match", match_json(rule)}, {"direction", to_string(rule.direction)}};
  if (!rule.description.empty()) out["description"] = rule.description;
  if (rule.direction == route_direction::top_down) {
    out["unit"] = rule.unit;
  } else {
    out["level"] = to_string(rule.lowest);
    if (!rule.fallback_unit.empty()) out["fallback_unit"] = rule.fallback_unit;
  }
  out["also"] = string_array(rule.also);
  return out;
}

}  // namespace

boost::json::array router::units_json() const {
  boost::json::array out;
  for (const auto& u : units_.all()) out.push_back(unit_json(u));
  return out;
}

boost::json::array router::rules_json() const {
  boost::json::array out;
  for (const auto& rule : rules_) out.push_back(rule_json(rule));
  return out;
}

}  // namespace casegw::routing
