// casegw route explain --config FILE [--channel ID] [--json] CASE.json
// Which route rule a case would take under FILE's units and routes, the rules tried before it
// and why each did not match, and the unit and destinations it ends at. CASE.json is a unified
// case (a delivered file, the admin API's view) or an adapter's output; when it has no `scope`
// group, the configuration's scope rules assess it first, exactly as intake would.
#pragma once

#include <string_view>
#include <vector>

namespace casegw::app {

int route_command(const std::vector<std::string_view>& args);

}  // namespace casegw::app
