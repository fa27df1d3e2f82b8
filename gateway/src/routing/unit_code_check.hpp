// Whether a unit's division code is a real code of the level the unit claims: a village unit
// needs a 12-digit village code, a district unit a county-level code, and so on.
#pragma once

#include "divisions/division_directory.hpp"
#include "routing/unit_level.hpp"

#include <string>

namespace casegw::routing {

// "" when `code` suits a unit of `level`, else the problem:
// "'500103' is a county code; a town unit needs a 9-digit town code".
std::string unit_code_problem(unit_level level, const std::string& code, const divisions::division_directory& divisions);

}  // namespace casegw::routing
