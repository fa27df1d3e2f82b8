// Validates what a channel plugin emitted (the adapter part of casegw.case/v1, see
// docs/schemas/casegw.case.v1.schema.json and sdk/include/casegw/sdk/case_builder.hpp) before
// the gateway adds its own facts. Messages name the field and the rule, never the value: the
// value may be the reporter's name, phone or words (SPEC §3, confidentiality).
#pragma once

#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace casegw::unified_case {

namespace error_code {
inline constexpr std::string_view adapter_output_invalid = "ADAPTER_OUTPUT_INVALID";  // not JSON / not an object: a plugin bug
inline constexpr std::string_view missing_field = "MISSING_FIELD";
inline constexpr std::string_view invalid_field = "INVALID_FIELD";
inline constexpr std::string_view unknown_field = "UNKNOWN_FIELD";
}  // namespace error_code

struct validation_error {
  std::string code;     // one of error_code
  std::string field;    // dotted path, e.g. "location.region_code", "attachments[2].sha256"; empty for the whole document
  std::string message;  // the rule that failed; never the offending value
};

struct validation_result {
  std::optional<boost::json::object> adapter_part;  // set when valid
  std::optional<validation_error> error;            // set when not

  bool ok() const noexcept { return !error.has_value(); }
};

// Parses and checks every schema rule for the adapter part, reporting the first failure in
// schema order. Keys the gateway owns (schema, case_id, received_at, channel.id, raw and the
// later policy groups) are UNKNOWN_FIELD here: an adapter must not set them.
validation_result validate_adapter_output(std::string_view json);

}  // namespace casegw::unified_case
