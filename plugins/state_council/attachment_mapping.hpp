// item.attachments[]: the files the citizen attached, on the platform's file service. The
// gateway never fetches them; it forwards where they are and what the platform says they are.
//   url (https only), mimeType, size, digest {algorithm SHA-256 | SM3, value}
// Only a SHA-256 digest has a place in the unified case; an SM3 one (the national hash,
// GB/T 32905) is checked for its form and left in the stored raw item.
#pragma once

#include <casegw/sdk/case_builder.hpp>
#include <casegw/sdk/json/json_object.hpp>

namespace casegw::state_council {

void map_attachments(const sdk::json::json_object& item, sdk::case_builder& out);

}  // namespace casegw::state_council
