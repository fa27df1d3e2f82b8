#include "wire_object.hpp"

#include <casegw/sdk/text.hpp>

#include <limits>

namespace casegw::city_portal {

wire_object::wire_object(const boost::json::object& object, std::string path)
    : object_(&object), path_(std::move(path)) {}

std::string wire_object::field_path(std::string_view key) const {
  if (path_.empty()) return std::string(key);
  return path_ + "." + std::string(key);
}

const boost::json::value* wire_object::find(std::string_view key) const {
  const auto* v = object_->if_contains(key);
  return (v && !v->is_null()) ? v : nullptr;
}

bool wire_object::has(std::string_view key) const { return find(key) != nullptr; }

std::string wire_object::required_string(std::string_view key) const {
  auto text = optional_string(key);
  if (!text) throw sdk::missing_field(field_path(key));
  if (sdk::is_blank(*text)) throw sdk::rejection(sdk::code::missing_field, field_path(key), "a required field is empty");
  return *std::move(text);
}

std::optional<std::string> wire_object::optional_string(std::string_view key) const {
  const auto* v = find(key);
  if (!v) return std::nullopt;
  if (!v->is_string()) throw sdk::wrong_type(field_path(key), "a string");
  return std::string(v->get_string());
}

std::optional<bool> wire_object::optional_bool(std::string_view key) const {
  const auto* v = find(key);
  if (!v) return std::nullopt;
  if (!v->is_bool()) throw sdk::wrong_type(field_path(key), "true or false");
  return v->get_bool();
}

std::optional<std::int64_t> wire_object::optional_non_negative_integer(std::string_view key) const {
  const auto* v = find(key);
  if (!v) return std::nullopt;
  if (v->is_int64() && v->get_int64() >= 0) return v->get_int64();
  if (v->is_uint64() && v->get_uint64() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
    return static_cast<std::int64_t>(v->get_uint64());
  if (!v->is_number()) throw sdk::wrong_type(field_path(key), "a non-negative integer");
  throw sdk::invalid_field(field_path(key), "must be a non-negative integer");
}

std::optional<double> wire_object::optional_number(std::string_view key) const {
  const auto* v = find(key);
  if (!v) return std::nullopt;
  if (v->is_double()) return v->get_double();
  if (v->is_int64()) return static_cast<double>(v->get_int64());
  if (v->is_uint64()) return static_cast<double>(v->get_uint64());
  throw sdk::wrong_type(field_path(key), "a number");
}

wire_object wire_object::required_object(std::string_view key) const {
  auto object = optional_object(key);
  if (!object) throw sdk::missing_field(field_path(key));
  return *std::move(object);
}

std::optional<wire_object> wire_object::optional_object(std::string_view key) const {
  const auto* v = find(key);
  if (!v) return std::nullopt;
  if (!v->is_object()) throw sdk::wrong_type(field_path(key), "an object");
  return wire_object(v->get_object(), field_path(key));
}

std::vector<wire_object> wire_object::optional_object_array(std::string_view key) const {
  const auto* v = find(key);
  if (!v) return {};
  if (!v->is_array()) throw sdk::wrong_type(field_path(key), "an array");
  std::vector<wire_object> elements;
  const auto& array = v->get_array();
  elements.reserve(array.size());
  for (std::size_t i = 0; i < array.size(); ++i) {
    const std::string element_path = field_path(key) + "[" + std::to_string(i) + "]";
    if (!array[i].is_object()) throw sdk::wrong_type(element_path, "an object");
    elements.emplace_back(array[i].get_object(), element_path);
  }
  return elements;
}

}  // namespace casegw::city_portal
