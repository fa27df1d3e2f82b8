// Every key of the scope rules file (policy.scope_rules), declared once, as
// config_catalogue.hpp does for gateway.yaml: `casegw config-reference` prints it, and the
// screening tests fail when the loader knows a key this does not, or the other way round.
#pragma once

#include "config/config_catalogue.hpp"

#include <vector>

namespace casegw::screening {

const std::vector<config::catalogue_section>& scope_rules_catalogue();

}  // namespace casegw::screening
