// Percent-encoding (RFC 3986 §2.1) of the values this adapter puts into request URIs: the
// opaque cursor and the start time in the poll's query, the item number in the feedback path.
// Only the unreserved characters A-Z a-z 0-9 - . _ ~ pass as they are, so a value can never
// add a path segment, a parameter or a fragment ("/", "&", "=", "#", "+", "%", spaces, UTF-8).
#pragma once

#include <string>
#include <string_view>

namespace casegw::state_council {

std::string uri_encoded(std::string_view value);

}  // namespace casegw::state_council
