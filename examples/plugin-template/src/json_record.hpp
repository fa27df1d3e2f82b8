// Strict JSON for the district portal's payloads, and path-aware access to one object of it.
//
// parse_json_object() refuses what a lenient reader would guess at: a body that is not exactly
// one JSON object (MALFORMED_BODY), and an object with the same key twice (DUPLICATE_FIELD):
// readers disagree on which of the two counts, so a body screened by one could say something
// else to the next.
//
// json_record names every refused field by its dotted wire path ("reporter.mobile") and never
// quotes the value: it may be the reporter's name or phone number, and rejection messages end
// up in the portal's logs and the gateway's.
#pragma once

#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace district_portal {

// what: how the rejection describes the expected body, e.g. "a JSON object".
boost::json::object parse_json_object(std::string_view text, std::string_view what);

class json_record {
 public:
  // path: the dotted wire path of this object, "" for the top level. The object must outlive
  // the record.
  json_record(const boost::json::object& object, std::string path);

  // The dotted wire path of a member: "title", "reporter.name".
  std::string path_of(std::string_view key) const;

  // Present with a value other than null (null is how the portal writes an unset field).
  bool has(std::string_view key) const;

  // Absent, null, empty or blank (ASCII whitespace, U+3000) -> MISSING_FIELD; not a string -> WRONG_TYPE.
  std::string required_string(std::string_view key) const;
  // Absent, null or blank -> nullopt; not a string -> WRONG_TYPE.
  std::optional<std::string> optional_string(std::string_view key) const;
  // Absent or null -> nullopt; not true/false -> WRONG_TYPE.
  std::optional<bool> optional_bool(std::string_view key) const;
  // Absent or null -> MISSING_FIELD; not an object -> WRONG_TYPE.
  json_record required_record(std::string_view key) const;

 private:
  const boost::json::value* find(std::string_view key) const;

  const boost::json::object* object_;
  std::string path_;
};

}  // namespace district_portal
