// Commands operators and integrators use to check the rules without running the gateway:
//   casegw deadline   --config FILE --channel ID --kind KIND [--class CLASS] --submitted TIME [--assigned-due TIME]
//   casegw calendar   --config FILE is-working-day DATE | add-working-days DATE N
//   casegw evaluation --config FILE --channel ID --value LABEL [--due TIME --resolved TIME]
// Each prints one JSON object on success (exit 0), or one clear sentence on standard error (exit 1;
// 2 for a usage error).
#pragma once

#include <string_view>
#include <vector>

namespace casegw::app {

int deadline_command(const std::vector<std::string_view>& args);
int calendar_command(const std::vector<std::string_view>& args);
int evaluation_command(const std::vector<std::string_view>& args);

}  // namespace casegw::app
