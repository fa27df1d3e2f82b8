// The running gateway: every stage wired together, in the order data flows
// (intake -> decode -> store -> forward), started and stopped in dependency order.
#pragma once

#include <string>

namespace casegw::app {

// Loads and validates the configuration, starts everything, serves until SIGINT/SIGTERM,
// then stops gracefully. Returns the process exit code (1 on a configuration or start failure).
int run_gateway(const std::string& config_file, const std::string& version_line);

}  // namespace casegw::app
