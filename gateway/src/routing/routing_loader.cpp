#include "routing/routing_loader.hpp"

#include "config/load_context.hpp"
#include "routing/routes_file.hpp"
#include "routing/routing_file.hpp"
#include "routing/units_file.hpp"

#include <filesystem>

namespace casegw::routing {
namespace {

config::load_context context_for(const std::string& file, config::key_recorder* recorder) {
  config::load_context context(file, std::filesystem::absolute(file).parent_path());
  context.record_known_keys(recorder);
  return context;
}

void append(std::vector<config::config_problem>& to, std::vector<config::config_problem> from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

}  // namespace

routing_load_result load_routing(const std::string& units_file, const std::string& routes_file,
                                 std::shared_ptr<const divisions::division_directory> divisions,
                                 const std::vector<std::string>& destination_ids,
                                 const std::vector<std::string>& channel_ids, config::key_recorder* recorder) {
  routing_load_result out;
  if (!divisions) {
    config::config_problem problem;  // built member by member: a braced temporary trips GCC 12's -Wmaybe-uninitialized
    problem.mark.file = units_file;
    problem.problem = "the division directory is not loaded, so unit codes cannot be checked";
    out.problems.push_back(std::move(problem));
    return out;
  }
  config::load_context units_context = context_for(units_file, recorder);
  std::vector<unit> units;
  const auto units_root = parse_routing_file(units_file, units_context);
  if (units_root) units = read_units_file(units_context, *units_root, *divisions, destination_ids);

  route_references references{{}, units_root.has_value(), destination_ids, channel_ids, *divisions};
  for (const auto& u : units) references.unit_ids.push_back(u.id);
  config::load_context routes_context = context_for(routes_file, recorder);
  std::vector<route_rule> rules;
  if (auto routes_root = parse_routing_file(routes_file, routes_context)) {
    rules = read_routes_file(routes_context, *routes_root, references);
  }

  append(out.problems, units_context.take_problems());
  append(out.problems, routes_context.take_problems());
  if (out.problems.empty()) out.router = std::make_shared<const router>(unit_directory(std::move(units)), std::move(rules));
  return out;
}

}  // namespace casegw::routing
