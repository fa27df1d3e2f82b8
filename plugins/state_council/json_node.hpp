// Typed, path-aware reading of one JSON object of the platform's payloads.
//
// Every refusal is an sdk::rejection naming the wire field by its dotted path
// ("clue.location.region.county.code", "attachments[2].url") and never quoting the value,
// which may be a reporter's personal data:
//   absent, null, or (strings) empty or blank where required    -> MISSING_FIELD
//   present with another JSON type than the field has           -> WRONG_TYPE
// JSON null counts as absent: the platform's Java backend writes unset optional fields as null.
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

  const std::string& path() const noexcept { return path_; }
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
