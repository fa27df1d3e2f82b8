// Parses the JSON the adapter reads (a pushed request body, a workflow event) into an object,
// refusing anything that could be read two ways.
#pragma once

#include <boost/json/value.hpp>

#include <string_view>

namespace casegw::national_regulation {

// `what` names the text in messages: "the body", "the event".
// Throws MALFORMED_BODY when the text is not one strict JSON object (no comments, no trailing
// data, nesting at most 32 deep), and DUPLICATE_FIELD naming the path of a key that appears
// twice in one object. A leading byte order mark is skipped: some Windows-built senders write
// one, and it carries no meaning in UTF-8.
boost::json::value parse_json_object(std::string_view text, std::string_view what);

}  // namespace casegw::national_regulation
