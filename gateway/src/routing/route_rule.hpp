// One rule of config/routing/routes.yaml: the conditions a case must meet, and where it then
// goes. Rules are tried in file order; the first whose conditions hold and that finds a unit wins.
#pragma once

#include "config/gateway_config.hpp"
#include "routing/case_facts.hpp"
#include "routing/route_vocabulary.hpp"
#include "routing/unit_level.hpp"

#include <string>
#include <vector>

namespace casegw::routing {

// One key of a rule's `match` block: the case's value must be (or start with, or contain) any of
// `wanted`.
struct match_condition {
  const match_key* key = nullptr;  // an entry of match_keys()
  std::vector<std::string> wanted;
};

enum class route_direction {
  bottom_up,  // 属地优先: the lowest unit covering the case's region code
  top_down,   // straight to the named unit (handed-down items, dereliction-of-duty reports)
};

std::string_view to_string(route_direction direction) noexcept;

struct route_rule {
  std::string id;
  std::string description;                  // for people reading the table; never used to decide
  std::vector<match_condition> conditions;  // all must hold; none = the rule takes every case
  route_direction direction = route_direction::bottom_up;
  std::string unit;                         // top_down: the unit the case goes to
  unit_level lowest = unit_level::village;  // bottom_up: the lowest level locality first may pick
  std::string fallback_unit;                // bottom_up: when no unit covers the location
  std::vector<std::string> also;            // extra destinations the case fans out to
  config::source_mark mark;
  // Set by the loader when the match block had problems, so that a rule whose only condition
  // was refused is not mistaken for a default (the table is refused anyway).
  bool match_refused = false;

  bool unconditional() const noexcept { return conditions.empty() && !match_refused; }
  // Resolves for every case: top-down, or bottom-up with a fallback unit.
  bool always_resolves() const noexcept { return direction == route_direction::top_down || !fallback_unit.empty(); }
};

// "" when the case meets every condition of the rule, else each unmet one, "; "-separated:
// "channel is city_portal, rule wants [hotline_12345]". Titles are never quoted.
std::string unmet_conditions(const route_rule& rule, const case_facts& facts);

}  // namespace casegw::routing
