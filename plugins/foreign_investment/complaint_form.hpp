// Typed, named access to the fields of one complaint form. Every refusal names the form key
// (the wire field) and never the value, which may be personal data.
//
// Form values are all text, so "type" here means the text's shape: an epoch time must be
// digits, a flag must be 1 or 0 (WRONG_TYPE otherwise). An empty or blank value counts as
// absent: a browser sends every input of the form, filled in or not.
#pragma once

#include <casegw/sdk/form_urlencoded.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace casegw::foreign_investment {

class complaint_form {
 public:
  explicit complaint_form(sdk::form_fields fields) : fields_(std::move(fields)) {}

  // Present with a value that is not blank.
  bool has(std::string_view key) const;
  // MISSING_FIELD when absent or blank.
  std::string required_text(std::string_view key) const;
  std::optional<std::string> optional_text(std::string_view key) const;
  // One-line inputs: as above, and FIELD_TOO_LONG over max_characters, INVALID_FIELD with a
  // control character (free_text.hpp).
  std::string required_line(std::string_view key, std::size_t max_characters) const;
  std::optional<std::string> optional_line(std::string_view key, std::size_t max_characters) const;

  // "1" yes, "0" no; absent or blank -> when_absent; anything else WRONG_TYPE.
  bool flag(std::string_view key, bool when_absent) const;

  // Milliseconds since the Unix epoch as decimal digits; WRONG_TYPE otherwise. The range is
  // the caller's to judge (sdk::read_epoch_millis): a value too large for any date is returned
  // as one that is merely out of range, so it is refused as INVALID_DATE like every other.
  std::int64_t required_epoch_millis(std::string_view key) const;
  std::optional<std::int64_t> optional_epoch_millis(std::string_view key) const;

  const sdk::form_fields& fields() const noexcept { return fields_; }

 private:
  sdk::form_fields fields_;
};

}  // namespace casegw::foreign_investment
