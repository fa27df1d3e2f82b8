// One complaint form onto the unified case (docs/channels/foreign_investment.md §2). Problems
// are found in the order of §1.5: version, identity, type, handling, complainant, matter,
// place, consent, attachments; the first one is reported.
#pragma once

#include "complaint_form.hpp"
#include "complaint_settings.hpp"

#include <casegw/sdk/adapter.hpp>
#include <casegw/sdk/case_builder.hpp>

namespace casegw::foreign_investment {

// host answers whether the region code is in the gateway's official division list.
void map_complaint(const complaint_form& form, const complaint_settings& settings, const sdk::host& host,
                   sdk::case_builder& out);

}  // namespace casegw::foreign_investment
