// One message of the platform's interface: a flat JSON object whose values are strings (codes,
// flags and date-times included) or, for attachments, an array of strings:
//   {"version": "1.0", "msgType": "CASE_NEW", "caseNo": "...", "attachments": ["https://..."]}
//
// parse() keeps the top level only and checks what JSON leaves open: one object, each key once.
// The typed accessors refuse a value with the standard codes (sdk/field_errors.hpp), naming the
// key, never the value: it may be a reporter's personal data. The platform's Java backend sends
// unset fields as null or "", so absent, null and blank all mean "not given".
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::gov_service_platform {

enum class json_kind { string, number, boolean, null, array, object };

// An element of a top-level array; text holds a string element's value.
struct flat_element {
  json_kind kind = json_kind::null;
  std::string text;
};

struct flat_value {
  json_kind kind = json_kind::null;
  std::string text;                    // kind == string
  std::vector<flat_element> elements;  // kind == array
};

class flat_message {
 public:
  // Throws MALFORMED_BODY (not exactly one JSON object in valid UTF-8) or DUPLICATE_FIELD (a
  // top-level key twice: readers disagree on which one counts, so the body could mean one
  // thing to whoever signed or screened it and another to us).
  static flat_message parse(std::string_view json);

  // Given: present, not null, and not a blank string.
  bool has(std::string_view key) const;

  // WRONG_TYPE when given as anything but a string.
  std::optional<std::string> text(std::string_view key) const;
  // MISSING_FIELD when not given.
  std::string required_text(std::string_view key) const;
  // "1" yes, "0" no; INVALID_FIELD for any other string.
  std::optional<bool> flag(std::string_view key) const;
  // An array of non-blank strings; not given: empty. Elements are named "key[i]".
  std::vector<std::string> text_list(std::string_view key) const;

 private:
  friend class flat_json_reader;
  const flat_value* given(std::string_view key) const;

  std::map<std::string, flat_value, std::less<>> fields_;
};

}  // namespace casegw::gov_service_platform
