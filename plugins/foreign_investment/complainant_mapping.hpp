// The complainant (投诉人): a foreign-invested enterprise, reported as an enterprise reporter
// (docs/unified-case.md: name = the enterprise's name, id_number = its unified social credit
// code, phone = the contact person's mobile).
#pragma once

#include "complaint_content.hpp"
#include "complaint_form.hpp"

#include <casegw/sdk/case_builder.hpp>

namespace casegw::foreign_investment {

// Sets out.reporter; fills the complainant's part of the statement (investor country, contact
// name and e-mail), which only content can carry.
void map_complainant(const complaint_form& form, complaint_statement& statement, sdk::case_builder& out);

}  // namespace casegw::foreign_investment
