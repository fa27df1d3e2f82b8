// Typed access to one JSON object of a 渝快办 message, by key, knowing its own wire path.
//
// Each refusal is an sdk::rejection with the standard code and the field's dotted path
// ("data.user.mobile", "data.materials[2].url"), never the value, which may be a reporter's
// personal data:
//   required and absent, null, or a blank string      MISSING_FIELD
//   present with another JSON type                     WRONG_TYPE
// The platform's backend (Java) writes unset optional fields as null, so null counts as absent.
#pragma once

#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::yukuaiban {

class message_object {
 public:
  message_object(const boost::json::object& object, std::string path);

  const std::string& path() const noexcept { return path_; }
  // The wire path of a member: "data.order" + "title" -> "data.order.title".
  std::string path_of(std::string_view key) const;

  // Present with a non-null value.
  bool has(std::string_view key) const;

  // A required string must hold something other than whitespace (a blank form field is a
  // missing one); an optional string is returned as sent, blank or not.
  std::string text(std::string_view key) const;
  std::optional<std::string> optional_text(std::string_view key) const;

  std::optional<bool> optional_flag(std::string_view key) const;
  // Any JSON integer within int64; 5.0 or 1e3 are numbers, not integers. The caller checks the range.
  std::int64_t integer(std::string_view key) const;
  std::optional<std::int64_t> optional_integer(std::string_view key) const;
  std::optional<double> optional_number(std::string_view key) const;

  message_object object(std::string_view key) const;
  std::optional<message_object> optional_object(std::string_view key) const;
  // An optional array whose elements must all be objects; element paths read "materials[2]".
  std::vector<message_object> objects(std::string_view key) const;

 private:
  // The member's value if present and not null; WRONG_TYPE (saying `expected`) if `accepts` refuses it.
  template <class Accepts>
  const boost::json::value* member(std::string_view key, Accepts accepts, std::string_view expected) const;

  const boost::json::object* object_;
  std::string path_;
};

}  // namespace casegw::yukuaiban
