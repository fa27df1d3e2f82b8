// The rejection codes every first-party adapter uses, so that an upstream platform sees the
// same code for the same mistake on every channel (docs/writing-a-plugin.md lists them).
// Each names the wire field by its dotted path; no message ever quotes the value, which may be
// a reporter's personal data.
#pragma once

#include <casegw/sdk/rejection.hpp>

#include <string>
#include <string_view>

namespace casegw::sdk {

namespace code {
inline constexpr const char* malformed_body = "MALFORMED_BODY";            // not JSON / XML / a form at all
inline constexpr const char* unsupported_version = "UNSUPPORTED_VERSION";  // an envelope version we do not read
inline constexpr const char* missing_field = "MISSING_FIELD";              // required and absent or blank
inline constexpr const char* wrong_type = "WRONG_TYPE";                    // a number where a string belongs, ...
inline constexpr const char* invalid_field = "INVALID_FIELD";              // right type, value not allowed
inline constexpr const char* unknown_kind = "UNKNOWN_KIND";                // a case kind/type code we do not map
inline constexpr const char* invalid_date = "INVALID_DATE";                // unparseable or impossible date-time
inline constexpr const char* invalid_region_code = "INVALID_REGION_CODE";  // not an administrative division code
inline constexpr const char* field_too_long = "FIELD_TOO_LONG";            // over the unified case's limit
inline constexpr const char* duplicate_field = "DUPLICATE_FIELD";          // the same key twice
}  // namespace code

// The gateway answers "field '<path>': <message>", so messages do not repeat the path.
inline rejection missing_field(std::string path) {
  return rejection(code::missing_field, std::move(path), "a required field is missing");
}
inline rejection wrong_type(std::string path, std::string_view expected) {
  return rejection(code::wrong_type, std::move(path), "must be " + std::string(expected));
}
inline rejection invalid_field(std::string path, std::string_view reason) {
  return rejection(code::invalid_field, std::move(path), "the value " + std::string(reason));
}
inline rejection unknown_kind(std::string path, std::string_view allowed) {
  return rejection(code::unknown_kind, std::move(path), "is not a known case type; expected one of " + std::string(allowed));
}
inline rejection invalid_date(std::string path, std::string_view reason) {
  return rejection(code::invalid_date, std::move(path), "the date-time " + std::string(reason));
}
inline rejection invalid_region_code(std::string path, std::string_view reason) {
  return rejection(code::invalid_region_code, std::move(path), "the region code " + std::string(reason));
}
inline rejection field_too_long(std::string path, std::size_t max_characters) {
  return rejection(code::field_too_long, std::move(path),
                   "is longer than " + std::to_string(max_characters) + " characters");
}
inline rejection duplicate_field(std::string path) {
  return rejection(code::duplicate_field, std::move(path), "appears more than once");
}
inline rejection malformed_body(std::string_view what) {
  return rejection(code::malformed_body, "", "the body is not " + std::string(what));
}

}  // namespace casegw::sdk
