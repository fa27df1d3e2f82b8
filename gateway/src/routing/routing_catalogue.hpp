// Every key of units.yaml and routes.yaml, declared once, as config_catalogue.hpp does for
// gateway.yaml: `casegw config-reference` prints them, and the routing tests fail when the
// loaders know a key these do not, or the other way round.
#pragma once

#include "config/config_catalogue.hpp"

#include <vector>

namespace casegw::routing {

const std::vector<config::catalogue_section>& units_catalogue();
const std::vector<config::catalogue_section>& routes_catalogue();

}  // namespace casegw::routing
