// How the item is to be handled (handling in the unified case): an ordinary complaint the
// office took in itself, or one transferred to it (转办, e.g. by the national complaint centre
// for foreign-invested enterprises, 全国外商投资企业投诉中心), listed for supervision (督办) or
// sent for verification (核查), possibly with its own due time and urgency.
#pragma once

#include "complaint_form.hpp"

#include <casegw/sdk/case_builder.hpp>

#include <cstdint>

namespace casegw::foreign_investment {

// submitted_millis: submitTime, already checked; a due time must come after it.
void map_handling(const complaint_form& form, std::int64_t submitted_millis, sdk::case_builder& out);

}  // namespace casegw::foreign_investment
