// How the hotline wants the order handled: workOrder.urgency (紧急程度) and the group
// workOrder.handling (工单性质, 办结时限, 承办单位) onto the unified case's handling.
#pragma once

#include "wire_element.hpp"

#include <casegw/sdk/case_builder.hpp>

#include <string>

namespace casegw::hotline_12345 {

// submitted_at: the case's submission time as mapped (RFC 3339, +08:00); a due time must follow it.
void map_handling(const wire_element& order, const std::string& submitted_at, sdk::case_builder& out);

}  // namespace casegw::hotline_12345
