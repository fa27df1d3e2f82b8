// The last part of loading a configuration: the rules every case goes through (deadline and
// evaluation policy, scope screening, units and routes) and the pipeline that carries them
// with the channels. Shared by start-up, reload, check-config and `route explain`, so all four
// judge a file the same way.
#pragma once

#include "config/config_loader.hpp"
#include "config/gateway_config.hpp"
#include "divisions/division_directory.hpp"
#include "intake/case_rules.hpp"
#include "policy/policy_set.hpp"

#include <memory>
#include <vector>

namespace casegw::app {

// Reads the scope rules and the routing files; their problems carry their own file:line.
// Null when anything is wrong.
std::shared_ptr<const intake::case_rules> load_case_rules(const config::gateway_config& config,
                                                          std::shared_ptr<const policy::policy_set> policy,
                                                          std::shared_ptr<const divisions::division_directory> divisions,
                                                          std::vector<config::config_problem>& problems);

}  // namespace casegw::app
