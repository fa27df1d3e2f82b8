// The casegw command line: run, check-config, plugins, --version.
#pragma once

namespace casegw::app {

// Returns the process exit code.
int run_command_line(int argc, char** argv);

}  // namespace casegw::app
