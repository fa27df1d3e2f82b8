// Reads a 渝快办 message (or a workflow event) as strict JSON: RFC 8259 with no comments, no
// trailing commas, nesting at most 32 deep, and no object that has the same key twice.
//
// Duplicate keys are refused rather than resolved: JSON leaves their meaning open and readers
// differ (Boost.JSON keeps the last, Jackson on the platform's side may keep the first), so a
// body screened by one reader could say something else to the next. The refusal names the
// key's wire path ("data.order.title"), which the platform's developers can act on.
#pragma once

#include <boost/json/value.hpp>

#include <string_view>

namespace casegw::yukuaiban {

// Returns a value that is an object. Throws MALFORMED_BODY when the text is not one JSON object,
// DUPLICATE_FIELD naming the first key that appears twice in the same object. A leading UTF-8
// byte order mark is skipped: it marks the encoding, it is not content.
boost::json::value parse_strict_object(std::string_view text);

}  // namespace casegw::yukuaiban
