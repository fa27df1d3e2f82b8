// Typed, path-aware reading of one JSON object of a wire payload.
//
// A json_object knows its own dotted wire path ("submission.reporter"), hands out its members'
// paths ("submission.reporter.mobile", "submission.attachments[2]") and refuses a value with the
// SDK's codes (casegw/sdk/field_errors.hpp), naming the field, never quoting the value (it may
// be a reporter's personal data):
//   required, and absent, null or a blank string   MISSING_FIELD
//   present with another JSON type                 WRONG_TYPE ("must be a string", ...)
//   right type, value out of range                 INVALID_FIELD (too large, negative)
// JSON null counts as absent: platforms' Java backends write unset optional fields as null.
// Whether a blank optional string ("", "  ", U+3000) is a value or "not given" is the channel's
// rule, chosen once for the whole document (blank_strings) and inherited by every member object.
//
// A view: the boost::json::object (usually from parse_strict_object) must outlive it.
#pragma once

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/text.hpp>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::sdk::json {

enum class blank_strings {
  are_values,  // an optional blank string is returned as sent; has() is true for it
  are_absent,  // an optional blank string is nullopt and has() is false: the sender left it empty
};

class json_object {
 public:
  explicit json_object(const boost::json::object& object, std::string path = {},
                       blank_strings blanks = blank_strings::are_values)
      : object_(&object), path_(std::move(path)), blanks_(blanks) {}

  const std::string& path() const noexcept { return path_; }
  // The wire path of a member: "data.order" + "title" -> "data.order.title"; at the top, "title".
  std::string path_of(std::string_view key) const {
    return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
  }

  const boost::json::object& object() const noexcept { return *object_; }

  // The member's value when given: present, not null and (blank_strings::are_absent) not a
  // blank string. For rules of a channel's own that the typed readers below do not cover.
  const boost::json::value* optional_value(std::string_view key) const {
    const auto* v = object_->if_contains(key);
    if (v == nullptr || v->is_null()) return nullptr;
    if (blanks_ == blank_strings::are_absent && v->is_string() && is_blank(v->get_string())) return nullptr;
    return v;
  }
  bool has(std::string_view key) const { return optional_value(key) != nullptr; }

  // ---- strings ----------------------------------------------------------------------------
  // Required: a blank string is a missing field too (a blank form field is a missing one).
  std::string required_string(std::string_view key) const {
    const auto* v = typed(key, &boost::json::value::is_string, "a string");
    if (v == nullptr) throw missing_field(path_of(key));
    if (is_blank(v->get_string())) throw rejection(code::missing_field, path_of(key), "a required field is empty");
    return std::string(v->get_string());
  }
  std::optional<std::string> optional_string(std::string_view key) const {
    const auto* v = typed(key, &boost::json::value::is_string, "a string");
    if (v == nullptr) return std::nullopt;
    return std::string(v->get_string());
  }
  // An array of non-blank strings; absent or null is empty. Elements are named "key[i]".
  std::vector<std::string> optional_string_array(std::string_view key) const {
    const boost::json::array* array = optional_array(key);
    if (array == nullptr) return {};
    std::vector<std::string> texts;
    texts.reserve(array->size());
    for (std::size_t i = 0; i < array->size(); ++i) {
      const boost::json::value& e = (*array)[i];
      if (!e.is_string()) throw wrong_type(element_path(key, i), "a string");
      if (is_blank(e.get_string())) throw missing_field(element_path(key, i));
      texts.emplace_back(e.get_string());
    }
    return texts;
  }

  // ---- booleans and numbers ---------------------------------------------------------------
  std::optional<bool> optional_bool(std::string_view key) const {
    const auto* v = typed(key, &boost::json::value::is_bool, "true or false");
    if (v == nullptr) return std::nullopt;
    return v->get_bool();
  }

  // A JSON integer (1.5, 5.0 and 1e3 are WRONG_TYPE: numbers, not whole numbers); one above the
  // int64 range is INVALID_FIELD. The caller checks the value's range.
  std::int64_t required_integer(std::string_view key) const {
    const auto value = optional_integer(key);
    if (!value) throw missing_field(path_of(key));
    return *value;
  }
  std::optional<std::int64_t> optional_integer(std::string_view key) const {
    const auto* v = typed(key, &json_object::is_integer, "a whole number");
    if (v == nullptr) return std::nullopt;
    if (v->is_int64()) return v->get_int64();
    if (v->get_uint64() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
      throw invalid_field(path_of(key), "is too large");
    return static_cast<std::int64_t>(v->get_uint64());
  }
  // A count or a size: a negative integer is INVALID_FIELD.
  std::optional<std::int64_t> optional_non_negative_integer(std::string_view key) const {
    const auto value = optional_integer(key);
    if (value && *value < 0) throw invalid_field(path_of(key), "must not be negative");
    return value;
  }
  // Any JSON number, as a double.
  std::optional<double> optional_number(std::string_view key) const {
    const auto* v = typed(key, &boost::json::value::is_number, "a number");
    if (v == nullptr) return std::nullopt;
    return v->to_number<double>();
  }

  // ---- objects and arrays -----------------------------------------------------------------
  json_object required_object(std::string_view key) const {
    auto value = optional_object(key);
    if (!value) throw missing_field(path_of(key));
    return *std::move(value);
  }
  std::optional<json_object> optional_object(std::string_view key) const {
    const auto* v = typed(key, &boost::json::value::is_object, "an object");
    if (v == nullptr) return std::nullopt;
    return json_object(v->get_object(), path_of(key), blanks_);
  }
  // An array whose elements must all be objects; absent or null is empty. Element paths read
  // "attachments[2]".
  std::vector<json_object> optional_object_array(std::string_view key) const {
    const boost::json::array* array = optional_array(key);
    if (array == nullptr) return {};
    std::vector<json_object> elements;
    elements.reserve(array->size());
    for (std::size_t i = 0; i < array->size(); ++i) {
      if (!(*array)[i].is_object()) throw wrong_type(element_path(key, i), "an object");
      elements.emplace_back((*array)[i].get_object(), element_path(key, i), blanks_);
    }
    return elements;
  }
  // Any array, elements unchecked.
  const boost::json::array& required_array(std::string_view key) const {
    const boost::json::array* array = optional_array(key);
    if (array == nullptr) throw missing_field(path_of(key));
    return *array;
  }
  const boost::json::array* optional_array(std::string_view key) const {
    const auto* v = typed(key, &boost::json::value::is_array, "an array");
    return v == nullptr ? nullptr : &v->get_array();
  }

  std::string element_path(std::string_view key, std::size_t index) const {
    return path_of(key) + "[" + std::to_string(index) + "]";
  }

 private:
  static bool is_integer(const boost::json::value& v) noexcept { return v.is_int64() || v.is_uint64(); }

  // The member's value when given; WRONG_TYPE ("must be <expected>") when it is of another kind.
  template <class Accepts>
  const boost::json::value* typed(std::string_view key, Accepts accepts, std::string_view expected) const {
    const auto* v = object_->if_contains(key);
    if (v == nullptr || v->is_null()) return nullptr;
    if (!std::invoke(accepts, *v)) {
      // Under are_absent a blank string is "not given" whatever the field's type.
      if (blanks_ == blank_strings::are_absent && v->is_string() && is_blank(v->get_string())) return nullptr;
      throw wrong_type(path_of(key), expected);
    }
    if (blanks_ == blank_strings::are_absent && v->is_string() && is_blank(v->get_string())) return nullptr;
    return v;
  }

  const boost::json::object* object_;
  std::string path_;
  blank_strings blanks_;
};

}  // namespace casegw::sdk::json
