// Typed, path-aware access to one JSON object of a city portal payload.
//
// Every accessor that refuses a value throws sdk::rejection naming the wire field by its
// dotted path ("submission.reporter.mobile"), so the portal's developers can find the problem
// without the gateway ever echoing the value back (it may be a reporter's personal data).
// JSON null counts as absent: the portal's backend serializes unset optional fields as null.
#pragma once

#include <casegw/sdk/field_errors.hpp>

#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::city_portal {

// Rejections use the SDK's standard codes (casegw/sdk/field_errors.hpp): a value of the wrong
// JSON type is WRONG_TYPE, a required one absent or blank MISSING_FIELD.
class wire_object {
 public:
  wire_object(const boost::json::object& object, std::string path);

  const std::string& path() const noexcept { return path_; }
  std::string field_path(std::string_view key) const;

  // Present with a non-null value.
  bool has(std::string_view key) const;

  // Each accessor throws WRONG_TYPE naming the field when the value has another JSON type.
  // Strings: a required one must also be non-blank (a blank form field is a missing one).
  std::string required_string(std::string_view key) const;
  std::optional<std::string> optional_string(std::string_view key) const;

  std::optional<bool> optional_bool(std::string_view key) const;
  // A number that is negative or has a fraction is INVALID_FIELD: the right type, a wrong value.
  std::optional<std::int64_t> optional_non_negative_integer(std::string_view key) const;
  std::optional<double> optional_number(std::string_view key) const;

  wire_object required_object(std::string_view key) const;
  std::optional<wire_object> optional_object(std::string_view key) const;
  // Each element must be an object; element paths read "attachments[2]".
  std::vector<wire_object> optional_object_array(std::string_view key) const;

 private:
  const boost::json::value* find(std::string_view key) const;

  const boost::json::object* object_;
  std::string path_;
};

}  // namespace casegw::city_portal
