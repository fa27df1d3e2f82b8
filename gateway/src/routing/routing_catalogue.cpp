#include "routing/routing_catalogue.hpp"

namespace casegw::routing {

using config::key_type;

const std::vector<config::catalogue_section>& units_catalogue() {
  static const std::vector<config::catalogue_section> sections = {
      {"", "The file holds one list.",
       {{"units", key_type::mapping_list, "at least one", "", "yes", "the units, in any order"}}},
      {"units[]", "One unit: who handles cases, and how the gateway reaches it (docs/routing.md).",
       {{"units[].id", key_type::identifier, "a-z 0-9 _, starts with a letter, <= 64", "", "yes",
         "unique; what route rules name, and the case's route.unit.id"},
        {"units[].name", key_type::text, "", "", "yes", "the unit's own name (route.unit.name, admin views)"},
        {"units[].level", key_type::choice, "city | district | town | village | department", "", "yes",
         "its level; the division code must fit it"},
        {"units[].division_code", key_type::text, "a known code of config/divisions", "", "yes",
         "village 12 digits, town 9, district 6 (county level), city a province or prefecture code; a department's "
         "code is its jurisdiction (quote it)"},
        {"units[].destination", key_type::identifier, "a destination id of gateway.yaml", "", "yes",
         "where the unit's cases are delivered, with their own delivery state"},
        {"units[].parent", key_type::identifier, "a unit id", "", "", "the unit above it; shown in admin views"},
        {"units[].locality", key_type::boolean, "", "true (false for departments)", "",
         "whether locality first may pick it; false for desks reached only top-down (a review queue)"}}},
  };
  return sections;
}

const std::vector<config::catalogue_section>& routes_catalogue() {
  static const std::vector<config::catalogue_section> sections = {
      {"", "The file holds one list; the last rule must take every case and always find a unit.",
       {{"routes", key_type::mapping_list, "at least one", "", "yes", "the rules, tried in order; the first that "
                                                                        "matches and finds a unit takes the case"}}},
      {"routes[]", "One rule: which cases it takes, and where it sends them.",
       {{"routes[].id", key_type::identifier, "a-z 0-9 _, starts with a letter, <= 64", "", "yes",
         "unique; the case's route.rule"},
        {"routes[].description", key_type::text, "", "", "", "for readers of the table and the admin views"},
        {"routes[].match", key_type::mapping, "", "every case", "", "conditions, all of which must hold (below)"},
        {"routes[].direction", key_type::choice, "bottom_up | top_down", "", "yes",
         "bottom_up: locality first (属地优先) to the lowest unit covering the case's location; top_down: to `unit`"},
        {"routes[].unit", key_type::identifier, "a unit id", "", "for top_down", "where a top-down rule sends the case"},
        {"routes[].level", key_type::choice, "city | district | town | village", "village (no cap)", "",
         "bottom_up only: the lowest level locality first may pick"},
        {"routes[].fallback_unit", key_type::identifier, "a unit id", "", "",
         "bottom_up only: takes the case when no unit covers its location"},
        {"routes[].also", key_type::text_list, "destination ids of gateway.yaml", "", "",
         "fan-out: extra destinations, each with its own delivery state"}}},
      {"routes[].match", "Each key takes one value or a list (any of them); keys left out are not checked.",
       {{"routes[].match.channel", key_type::text_list, "channel ids of gateway.yaml", "", "", "channel.id"},
        {"routes[].match.kind", key_type::text_list, "consultation | complaint | help | report | suggestion | praise | other",
         "", "", "kind"},
        {"routes[].match.class", key_type::text_list, "handed_down | supervised | verification", "", "",
         "handling.class"},
        {"routes[].match.domain", key_type::text_list,
         "economic_regulation | market_supervision | social_management | public_service | ecology_environment | other",
         "", "", "domain"},
        {"routes[].match.category_code", key_type::text_list, "", "", "", "category.code, exact (quote codes)"},
        {"routes[].match.region_prefix", key_type::text_list, "2 to 12 digits", "", "",
         "location.region_code starts with it; a 6-, 9- or 12-digit prefix must be a known code"},
        {"routes[].match.scope", key_type::text_list, "in_scope | suspected_out_of_scope", "", "",
         "scope.assessment (in_scope when the case has none)"},
        {"routes[].match.exclusion", key_type::text_list, "the scope screening's exclusion codes", "", "",
         "scope.exclusion_code"},
        {"routes[].match.urgent", key_type::boolean, "", "", "", "scope.urgent or handling.urgent"},
        {"routes[].match.title_keywords", key_type::text_list, "", "", "",
         "the title contains one of them (ASCII letters without case)"}}},
  };
  return sections;
}

}  // namespace casegw::routing
