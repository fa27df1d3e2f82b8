// The fields of a case that screening reads, taken from a unified case or from adapter output
// (the same field names; docs/schemas/casegw.case.v1.schema.json). A field that is missing or
// of the wrong type reads as empty: screening must never fail on odd input.
#pragma once

#include <boost/json/object.hpp>

#include <string_view>

namespace casegw::screening {

struct screened_case {
  std::string_view title;
  std::string_view content;
  std::string_view kind;            // kind
  std::string_view channel;         // channel.id
  std::string_view category_code;   // category.code
  std::string_view domain;          // domain
  std::string_view handling_class;  // handling.class
};

// Views into `unified_case`, valid as long as it is.
screened_case screened_fields(const boost::json::object& unified_case) noexcept;

}  // namespace casegw::screening
