// Every place two JSON documents differ, as "path: expected X, got Y" lines: what the
// conformance kit prints when a plugin's output drifts from its golden case. Object key order
// is ignored; numbers compare by value (1 and 1.0 are equal).
#pragma once

#include <boost/json/value.hpp>

#include <string>
#include <vector>

namespace casegw::app {

std::vector<std::string> json_differences(const boost::json::value& expected, const boost::json::value& actual);

}  // namespace casegw::app
