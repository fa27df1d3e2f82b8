// What a reload cannot apply while the gateway runs: the listeners (their sockets and TLS
// contexts are bound at start), the store, the data directory, the log sink and the
// destinations (each has a running delivery lane, and routes are checked against them).
// (logging.level is applied by a reload.)
// A reload whose file changes any of these is refused as a whole, naming each key with its
// line, so that what runs always equals one file the operator can read.
#pragma once

#include "config/config_loader.hpp"
#include "config/gateway_config.hpp"

#include <vector>

namespace casegw::app {

// One problem per changed key ("intake.port: changed (8443 -> 9443); takes effect only on
// restart"), marked with the line of the key in the new file where it can be found.
std::vector<config::config_problem> restart_only_changes(const config::gateway_config& running,
                                                          const config::gateway_config& next);

}  // namespace casegw::app
