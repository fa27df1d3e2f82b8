#include "app/pipeline_loading.hpp"

#include "routing/routing_loader.hpp"
#include "screening/scope_rules_loader.hpp"

namespace casegw::app {
namespace {

std::vector<std::string> destination_ids(const config::gateway_config& config) {
  std::vector<std::string> ids;
  for (const auto& d : config.destinations) ids.push_back(d.id);
  return ids;
}

std::vector<std::string> channel_ids(const config::gateway_config& config) {
  std::vector<std::string> ids;
  for (const auto& c : config.channels) ids.push_back(c.id);
  return ids;
}

template <typename Problems>
void take(Problems&& found, std::vector<config::config_problem>& problems) {
  problems.insert(problems.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
}

}  // namespace

std::shared_ptr<const intake::case_rules> load_case_rules(const config::gateway_config& config,
                                                          std::shared_ptr<const policy::policy_set> policy,
                                                          std::shared_ptr<const divisions::division_directory> divisions,
                                                          std::vector<config::config_problem>& problems) {
  auto screening = screening::load_scope_rules(config.policy.scope_rules);
  take(std::move(screening.problems), problems);
  auto routing = routing::load_routing(config.routing.units_file, config.routing.routes_file, std::move(divisions),
                                       destination_ids(config), channel_ids(config));
  take(std::move(routing.problems), problems);
  if (!policy || !screening.screener || !routing.router) return nullptr;
  return std::make_shared<const intake::case_rules>(std::make_shared<const policy::case_policy>(std::move(policy)),
                                                    std::move(screening.screener), std::move(routing.router));
}

}  // namespace casegw::app
