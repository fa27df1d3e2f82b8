// Typed, path-aware reading of one JSON object of a pushed message.
//
// Every refusal names the wire field by its dotted path ("body.clue.reporter.phone") and says
// which rule failed, never the value (it may be a reporter's personal data):
//   absent, null, or (strings) empty/blank where required  -> MISSING_FIELD
//   another JSON type than the field's                      -> WRONG_TYPE
// JSON null counts as absent: the platform's Java backend writes unset optional fields as null.
#pragma once

#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::national_regulation {

class wire_node {
 public:
  wire_node(const boost::json::object& object, std::string path);

  const std::string& path() const noexcept { return path_; }
  std::string path_of(std::string_view key) const;

  // Present with a non-null value.
  bool has(std::string_view key) const;

  // A required string that is not blank (blank: only spaces, including U+3000).
  std::string text(std::string_view key) const;
  // A string, or nullopt when absent, null or blank: a blank optional field says nothing.
  std::optional<std::string> optional_text(std::string_view key) const;

  bool flag(std::string_view key, bool when_absent) const;

  // Whole numbers only: 1.5, 1e3 and "123" are WRONG_TYPE.
  std::int64_t integer(std::string_view key) const;
  std::optional<std::int64_t> optional_integer(std::string_view key) const;

  wire_node child(std::string_view key) const;
  std::optional<wire_node> optional_child(std::string_view key) const;
  // An array of objects; element paths read "attachments[2]". Absent means empty.
  std::vector<wire_node> children(std::string_view key) const;

 private:
  const boost::json::value* find(std::string_view key) const;
  // The value when present; WRONG_TYPE naming `expected` when it is not of that kind.
  template <class IsKind>
  const boost::json::value* find_typed(std::string_view key, IsKind is_kind, std::string_view expected) const;

  const boost::json::object* object_;
  std::string path_;
};

}  // namespace casegw::national_regulation
