// Compact JSON text for cases: the readable form sent to the workflow (members in the order
// they were inserted) and the canonical form hashed for fingerprints (members sorted). Numbers
// are written in their shortest round-trip form ("29.563", not Boost.JSON's "2.9563E1").
#pragma once

#include <boost/json/value.hpp>

#include <string>

namespace casegw::unified_case {

enum class member_order { as_inserted, sorted_by_key };

// Non-finite numbers (which JSON cannot spell) are written as null.
std::string to_json_text(const boost::json::value& value, member_order order = member_order::as_inserted);
std::string to_json_text(const boost::json::object& object, member_order order = member_order::as_inserted);

}  // namespace casegw::unified_case
