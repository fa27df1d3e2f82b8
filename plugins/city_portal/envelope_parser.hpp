// The platform envelope around every push:
//   {"version": "1.0", "pushId": "...", "pushTime": "...", "submission": {...}}
// parse() checks that the body is a JSON object in a version this adapter reads, and keeps
// the parsed document alive for the submission view it hands out.
#pragma once

#include <casegw/sdk/json/json_object.hpp>

#include <boost/json/value.hpp>

#include <string_view>

namespace casegw::city_portal {

class portal_envelope {
 public:
  // Throws MALFORMED_BODY, DUPLICATE_FIELD, UNSUPPORTED_VERSION, MISSING_FIELD, WRONG_TYPE or
  // INVALID_DATE (pushTime).
  static portal_envelope parse(std::string_view body);

  // Valid as long as this envelope is.
  sdk::json::json_object submission() const;

 private:
  explicit portal_envelope(boost::json::value document) : document_(std::move(document)) {}
  sdk::json::json_object root() const;

  boost::json::value document_;
};

// Accepts "1" and "1.<minor>": minors only add optional fields, which this adapter ignores.
bool is_supported_version(std::string_view version) noexcept;

}  // namespace casegw::city_portal
