#include "routing/units_file.hpp"

#include "config/yaml_map_reader.hpp"
#include "routing/routing_file.hpp"
#include "routing/unit_code_check.hpp"

#include <algorithm>
#include <map>

namespace casegw::routing {
namespace {

const std::vector<std::string> unit_keys = {"id", "name", "level", "division_code", "destination", "parent", "locality"};

struct unit_reading {
  const divisions::division_directory& divisions;
  const std::vector<std::string>& destination_ids;
};

void read_level_and_code(const config::yaml_map_reader& r, const unit_reading& reading, unit& u) {
  std::string level;
  if (r.require("level")) r.read_choice("level", level, unit_level_names());
  if (r.require("division_code")) r.read_text("division_code", u.division_code);
  const auto parsed = parse_unit_level(level);
  if (!parsed) return;
  u.level = *parsed;
  if (u.division_code.empty()) return;
  if (auto problem = unit_code_problem(u.level, u.division_code, reading.divisions); !problem.empty()) {
    r.report("division_code", problem);
  }
}

void read_locality(const config::yaml_map_reader& r, unit& u) {
  r.read_bool("locality", u.locality);
  if (u.level != unit_level::department) return;
  // Departments handle cases by subject, never because a case happened in their jurisdiction.
  if (r.has("locality") && u.locality) r.report("locality", "a department is never picked by locality first");
  u.locality = false;
}

unit read_unit(const config::yaml_map_reader& r, const unit_reading& reading) {
  unit u;
  u.mark = r.mark();
  if (r.require("id")) r.read_text("id", u.id);
  check_identifier(r, "id", u.id);
  if (r.require("name")) r.read_text("name", u.name);
  read_level_and_code(r, reading, u);
  if (r.require("destination")) r.read_text("destination", u.destination);
  if (!u.destination.empty()) check_known(r, "destination", u.destination, reading.destination_ids, "destination");
  r.read_text("parent", u.parent);
  read_locality(r, u);
  return u;
}

// Ids are what routes name, and locality first must find one unit per code, never a choice.
void check_unique(config::load_context& context, const std::vector<unit>& units) {
  std::map<std::string, const unit*> ids, codes;
  for (const auto& u : units) {
    if (auto [it, fresh] = ids.emplace(u.id, &u); !fresh) {
      context.report(u.mark, "units." + u.id, "id is given twice; first at line " + std::to_string(it->second->mark.line));
    }
    if (!u.locality || u.division_code.empty()) continue;
    if (auto [it, fresh] = codes.emplace(u.division_code, &u); !fresh) {
      context.report(u.mark, "units." + u.id + ".division_code",
                     "unit '" + it->second->id + "' already covers " + u.division_code +
                         " for locality first; set locality: false on the one that is reached only top-down");
    }
  }
}

void check_parents(config::load_context& context, const std::vector<unit>& units) {
  std::vector<std::string> ids;
  for (const auto& u : units) ids.push_back(u.id);
  for (const auto& u : units) {
    if (u.parent.empty()) continue;
    if (u.parent == u.id) {
      context.report(u.mark, "units." + u.id + ".parent", "a unit cannot be its own parent");
    } else if (std::find(ids.begin(), ids.end(), u.parent) == ids.end()) {
      context.report(u.mark, "units." + u.id + ".parent", "unknown unit '" + u.parent + "'; known: " + config::join_names(ids));
    }
  }
}

}  // namespace

std::vector<unit> read_units_file(config::load_context& context, const YAML::Node& root,
                                  const divisions::division_directory& divisions,
                                  const std::vector<std::string>& destination_ids) {
  const config::yaml_map_reader top(context, root, "", {"units"});
  const YAML::Node list = top.node("units");
  std::vector<unit> units;
  if (!top.require("units")) return units;
  if (!list.IsSequence() || list.size() == 0) {
    top.report("units", "must be a list of units, at least one");
    return units;
  }
  const unit_reading reading{divisions, destination_ids};
  for (std::size_t i = 0; i < list.size(); ++i) {
    const config::yaml_map_reader r(context, list[i], "units[" + std::to_string(i) + "]", unit_keys, top.mark_of("units"));
    unit u = read_unit(r, reading);
    if (!u.id.empty()) units.push_back(std::move(u));
  }
  check_unique(context, units);
  check_parents(context, units);
  return units;
}

}  // namespace casegw::routing
