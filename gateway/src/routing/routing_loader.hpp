// Loads the routing stage's two files and checks them against the rest of the configuration.
// Include this header for the whole public interface of the stage (it includes router.hpp).
//
//   auto loaded = load_routing(cfg.routing.units_file, cfg.routing.routes_file, divisions,
//                              destination_ids, channel_ids);
//   if (!loaded.router) for (const auto& p : loaded.problems) report(p.to_string());  // "routes.yaml:12: routes.x: ..."
#pragma once

#include "config/config_loader.hpp"
#include "config/key_recorder.hpp"
#include "divisions/division_directory.hpp"
#include "routing/router.hpp"

#include <memory>
#include <string>
#include <vector>

namespace casegw::routing {

struct routing_load_result {
  std::shared_ptr<const routing::router> router;         // set only when problems is empty
  std::vector<config::config_problem> problems;  // units.yaml's first, then routes.yaml's, each in line order
};

// Every problem of both files at once, as check-config wants them. Units must name known
// division codes fitting their levels and destinations among `destination_ids`; rules may name
// only channels among `channel_ids`, units of units.yaml and destinations among `destination_ids`.
routing_load_result load_routing(const std::string& units_file, const std::string& routes_file,
                                 std::shared_ptr<const divisions::division_directory> divisions,
                                 const std::vector<std::string>& destination_ids,
                                 const std::vector<std::string>& channel_ids,
                                 config::key_recorder* recorder = nullptr);  // the routing catalogue's test

}  // namespace casegw::routing
