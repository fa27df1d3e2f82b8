// The matter (投诉事项): title, facts and requests (combined into content, see
// complaint_content.hpp), the complaint system's category, and the respondent (被投诉人).
#pragma once

#include "complaint_content.hpp"
#include "complaint_form.hpp"
#include "complaint_vocabulary.hpp"

#include <casegw/sdk/case_builder.hpp>

namespace casegw::foreign_investment {

// statement already holds the complainant's part; the matter completes it into content.
void map_matter(const complaint_form& form, const complaint_type& type, complaint_statement statement,
                sdk::case_builder& out);

}  // namespace casegw::foreign_investment
