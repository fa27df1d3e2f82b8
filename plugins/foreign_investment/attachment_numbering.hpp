// Attachments arrive as numbered keys, attachment1=<url>&attachment2=<url>…, because the strict
// form parser refuses a key that repeats. Numbers start at 1 and have no gaps or leading zeros.
// Other keys that merely start with "attachment" (attachmentCount, …) are not attachments.
#pragma once

#include "complaint_form.hpp"
#include "complaint_settings.hpp"

#include <casegw/sdk/case_builder.hpp>

namespace casegw::foreign_investment {

// Adds attachments[] in number order. INVALID_FIELD naming the key: a leading zero, a gap,
// more than settings.max_attachments, a URL outside settings.attachment_url_prefix;
// MISSING_FIELD for an empty one; FIELD_TOO_LONG over 2048 characters.
void map_attachments(const complaint_form& form, const complaint_settings& settings, sdk::case_builder& out);

}  // namespace casegw::foreign_investment
