// A view of one JSON object inside a platform document (an item, a poll answer, an event)
// that knows where it sits: "clue.location.region" hands out "clue.location.region.county".
// Reading a member checks its JSON type and refuses with the standard codes, naming the member
// by that dotted path ("attachments[2].url"), never by its value (reporter data stays out of
// error messages):
//   required, and absent, null, empty or blank   MISSING_FIELD
//   of another JSON type than the member has      WRONG_TYPE
// null is read as absent: the platform's Java backend serializes unset optional members as null.
#pragma once

#include <boost/json/object.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::state_council {

class json_node {
 public:
  json_node(const boost::json::object& object, std::string path);

  std::string path_of(std::string_view key) const;
  bool has(std::string_view key) const;

  std::string text(std::string_view key) const;
  std::optional<std::string> optional_text(std::string_view key) const;
  std::optional<bool> optional_flag(std::string_view key) const;
  // Any JSON integer (platform result codes may be negative).
  std::optional<std::int64_t> optional_integer(std::string_view key) const;
  // A JSON integer >= 0; a negative one is INVALID_FIELD.
  std::optional<std::int64_t> optional_count(std::string_view key) const;
  std::optional<double> optional_number(std::string_view key) const;

  json_node child(std::string_view key) const;
  std::optional<json_node> optional_child(std::string_view key) const;
  // The length of a required array, whatever its elements are.
  std::size_t element_count(std::string_view key) const;
  // An array whose elements must all be objects; element paths read "attachments[2]".
  // Absent, null and [] are all an empty list.
  std::vector<json_node> children(std::string_view key) const;

  enum class json_kind { string, boolean, integer, number, object, array };

 private:
  // The member's value when present and not null; WRONG_TYPE when it is not of `kind`.
  const boost::json::value* typed(std::string_view key, json_kind kind) const;

  const boost::json::object* object_;
  std::string path_;
};

}  // namespace casegw::state_council
