// A workflow event (casegw.event/v1, docs/plugin-abi.md §6) as this adapter reads it: the
// top-level members of one JSON object. Nested values are allowed (a later v1 may add them)
// but only strings are ever read.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace casegw::foreign_investment {

class workflow_event {
 public:
  // MALFORMED_BODY: not JSON, not an object, or an object (at any depth) with a key twice:
  // readers disagree on which of two equal keys counts, so such an event is not carried out.
  static workflow_event parse(std::string_view json);

  // MISSING_FIELD when absent, null (or, if required, empty), WRONG_TYPE when not a string; the field is the key.
  std::string required_string(std::string_view key) const;
  std::optional<std::string> optional_string(std::string_view key) const;

  enum class value_kind { string, null, other };
  struct member {
    value_kind kind = value_kind::other;
    std::string text;  // the string's value when kind is string
  };

 private:
  std::map<std::string, member, std::less<>> members_;
};

}  // namespace casegw::foreign_investment
