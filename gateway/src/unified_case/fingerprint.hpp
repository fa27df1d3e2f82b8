// Identifies "the same case sent again": a hash of the adapter part that ignores member order
// and whitespace, so a channel's retry deduplicates however its serializer behaves.
#pragma once

#include <boost/json/object.hpp>

#include <string>

namespace casegw::unified_case {

// SHA-256 (lowercase hex) of the adapter part with object members sorted by key at every level,
// compact, numbers in shortest form (so 1, 1.0 and 1e0 hash alike).
std::string fingerprint(const boost::json::object& adapter_part);

}  // namespace casegw::unified_case
