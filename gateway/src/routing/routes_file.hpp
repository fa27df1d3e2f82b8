// Reads config/routing/routes.yaml: the ordered rules, each checked against the unit directory,
// the configured destinations and channels, and the table as a whole (a final default rule
// that always resolves, nothing after it). docs/routing.md lists the keys.
#pragma once

#include "config/yaml_map_reader.hpp"
#include "divisions/division_directory.hpp"
#include "routing/route_rule.hpp"

#include <string>
#include <vector>

namespace casegw::routing {

// What a rule may refer to.
struct route_references {
  std::vector<std::string> unit_ids;
  bool units_readable = true;  // false when units.yaml could not be read: unit ids are then not checked
  std::vector<std::string> destination_ids;
  std::vector<std::string> channel_ids;
  const divisions::division_directory& divisions;
};

std::vector<route_rule> read_routes_file(config::load_context& context, const YAML::Node& root,
                                         const route_references& references);

// A rule's `match` block (route_match_reader.cpp). A key whose values are refused still yields a
// condition, so that a broken rule is never mistaken for an unconditional one.
std::vector<match_condition> read_match(const config::yaml_map_reader& rule_reader, const route_references& references);

}  // namespace casegw::routing
