#include "routing/routes_file.hpp"

#include "config/yaml_map_reader.hpp"
#include "routing/routing_file.hpp"

#include <map>

namespace casegw::routing {
namespace {

const std::vector<std::string> rule_keys = {"id", "description", "match", "direction", "unit", "level", "fallback_unit", "also"};
const std::vector<std::string> directions = {"bottom_up", "top_down"};
const std::vector<std::string> locality_levels = {"city", "district", "town", "village"};

void check_unit(const config::yaml_map_reader& r, std::string_view key, const std::string& id, const route_references& refs) {
  if (!id.empty() && refs.units_readable) check_known(r, key, id, refs.unit_ids, "unit");
}

// A key that means nothing for the rule's direction is refused rather than ignored: an operator
// who wrote it expected it to do something.
void refuse_key(const config::yaml_map_reader& r, std::string_view key, std::string_view why) {
  if (r.has(key)) r.report(key, std::string(why));
}

void read_top_down(const config::yaml_map_reader& r, route_rule& rule, const route_references& refs) {
  if (r.require("unit")) r.read_text("unit", rule.unit);
  check_unit(r, "unit", rule.unit, refs);
  refuse_key(r, "level", "a top-down rule goes to its unit, at the unit's level; level caps bottom-up rules only");
  refuse_key(r, "fallback_unit", "a top-down rule always has its unit; fallback_unit is for bottom-up rules");
}

void read_bottom_up(const config::yaml_map_reader& r, route_rule& rule, const route_references& refs) {
  refuse_key(r, "unit", "a bottom-up rule finds its unit from the case's region code; name one as fallback_unit, or use direction: top_down");
  std::string level;
  r.read_choice("level", level, locality_levels);
  if (auto parsed = parse_unit_level(level)) rule.lowest = *parsed;
  r.read_text("fallback_unit", rule.fallback_unit);
  check_unit(r, "fallback_unit", rule.fallback_unit, refs);
}

route_rule read_rule(const config::yaml_map_reader& r, const route_references& refs) {
  route_rule rule;
  rule.mark = r.mark();
  if (r.require("id")) r.read_text("id", rule.id);
  check_identifier(r, "id", rule.id);
  r.read_text("description", rule.description);
  const std::size_t problems_before = r.context().problems().size();
  rule.conditions = read_match(r, refs);
  rule.match_refused = r.context().problems().size() != problems_before;
  std::string direction;
  if (r.require("direction")) r.read_choice("direction", direction, directions);
  rule.direction = direction == "top_down" ? route_direction::top_down : route_direction::bottom_up;
  if (direction == "top_down") read_top_down(r, rule, refs);
  if (direction == "bottom_up") read_bottom_up(r, rule, refs);
  read_any_of(r, "also", rule.also);
  for (const auto& id : rule.also) check_known(r, "also", id, refs.destination_ids, "destination");
  return rule;
}

void check_unique_ids(config::load_context& context, const std::vector<route_rule>& rules) {
  std::map<std::string, int> first_line;
  for (const auto& rule : rules) {
    if (rule.id.empty()) continue;
    if (auto [it, fresh] = first_line.emplace(rule.id, rule.mark.line); !fresh) {
      context.report(rule.mark, "routes." + rule.id, "id is given twice; first at line " + std::to_string(it->second));
    }
  }
}

// Every case must get a route: the last rule takes every case and always finds a unit, and no
// rule hides behind an earlier one that already does.
void check_default(config::load_context& context, const std::vector<route_rule>& rules) {
  for (std::size_t i = 0; i + 1 < rules.size(); ++i) {
    if (!rules[i].unconditional() || !rules[i].always_resolves()) continue;
    for (std::size_t later = i + 1; later < rules.size(); ++later) {
      context.report(rules[later].mark, "routes." + rules[later].id,
                     "is never tried: rule '" + rules[i].id + "' (line " + std::to_string(rules[i].mark.line) +
                         ") takes every case; the default rule must be the last");
    }
    return;
  }
  const route_rule& last = rules.back();
  if (!last.unconditional()) {
    context.report(last.mark, "routes." + last.id,
                   "the last rule must be the default: no match conditions, so that every case has a route");
  } else if (!last.always_resolves()) {
    context.report(last.mark, "routes." + last.id,
                   "the default rule must always find a unit: give it a fallback_unit, or make it top_down with a unit");
  }
}

}  // namespace

std::vector<route_rule> read_routes_file(config::load_context& context, const YAML::Node& root,
                                         const route_references& references) {
  const config::yaml_map_reader top(context, root, "", {"routes"});
  std::vector<route_rule> rules;
  if (!top.require("routes")) return rules;
  const YAML::Node list = top.node("routes");
  if (!list.IsSequence() || list.size() == 0) {
    top.report("routes", "must be a list of rules, ending with a default rule that takes every case");
    return rules;
  }
  for (std::size_t i = 0; i < list.size(); ++i) {
    const config::yaml_map_reader r(context, list[i], "routes[" + std::to_string(i) + "]", rule_keys, top.mark_of("routes"));
    rules.push_back(read_rule(r, references));
  }
  check_unique_ids(context, rules);
  check_default(context, rules);
  return rules;
}

}  // namespace casegw::routing
