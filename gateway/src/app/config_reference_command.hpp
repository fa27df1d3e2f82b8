// casegw config-reference [--config FILE]
//
// Prints the configuration reference as Markdown (docs/config-reference.md is its output, kept
// current by `make config-reference` and checked by ctest): every key of the configuration file
// from the catalogue (config/config_catalogue.hpp), then the channel settings of each plugin.
// Without --config: every plugin in the plugin search path (in a build tree, the shipped ones in
// <build>/plugins). With --config: the plugins that configuration's channels use, found as
// `casegw run` finds them. Exit 0 on success, 1 when a plugin or the configuration cannot be
// loaded, 2 on a usage error.
#pragma once

#include <string_view>
#include <vector>

namespace casegw::app {

int config_reference_command(const std::vector<std::string_view>& args);

}  // namespace casegw::app
