// A small vocabulary for writing the unified-case schema as tables of rules (see
// case_validator.cpp). Each check receives the value and its dotted field path and returns the
// first violation; messages state the rule, never the value.
#pragma once

#include "unified_case/case_validator.hpp"

#include <boost/json/value.hpp>

#include <cstddef>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::unified_case::rules {

using value_check = std::function<std::optional<validation_error>(const boost::json::value&, const std::string& field)>;

enum class presence { required, optional };

struct field_rule {
  std::string_view key;
  rules::presence presence;
  value_check check;
};

// A string of `min..max` code points.
value_check text(std::size_t min_code_points, std::size_t max_code_points);

// A string the predicate accepts; `expectation` completes "must be ..." for the message.
value_check text_matching(bool (*matches)(std::string_view), std::string expectation);

// A string equal to one of `allowed`.
value_check one_of(std::initializer_list<std::string_view> allowed);
value_check one_of(const std::vector<std::string>& allowed);  // a vocabulary of case_vocabulary.hpp

value_check boolean();

// Any JSON number within [min, max].
value_check number_between(double min, double max);

// A JSON integer >= 0 (not 1.0: the value is copied to the case as written).
value_check non_negative_integer();

// An object whose keys are exactly those in `fields` (required ones present), checked in
// table order, with at least `min_properties` members.
value_check object_of(std::vector<field_rule> fields, std::size_t min_properties = 0);

// An array of at most `max_items` elements, each passing `item`.
value_check array_of(std::size_t max_items, value_check item);

// Builds the error the checks return; exposed so the validator reports its own rules alike.
validation_error make_error(std::string_view code, const std::string& field, std::string message);

}  // namespace casegw::unified_case::rules
