#include "wire_object.hpp"

#include "wire_text.hpp"

#include <limits>

namespace casegw::city_portal {

sdk::rejection missing_field(const std::string& path) {
  return sdk::rejection(code::missing_field, path, "a required field is missing");
}

sdk::rejection invalid_field(const std::string& path, std::string_view reason) {
  return sdk::rejection(code::invalid_field, path, "the value " + std::string(reason));
}

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
  if (!text) throw missing_field(field_path(key));
  if (is_blank(*text)) throw sdk::rejection(code::missing_field, field_path(key), "a required field is empty");
  return *std::move(text);
}

std::optional<std::string> wire_object::optional_string(std::string_view key) const {
  const auto* v = find(key);
  if (!v) return std::nullopt;
  if (!v->is_string()) throw invalid_field(field_path(key), "must be a string");
  return std::string(v->get_string());
}

std::optional<bool> wire_object::optional_bool(std::string_view key) const {
  const auto* v = find(key);
  if (!v) return std::nullopt;
  if (!v->is_bool()) throw invalid_field(field_path(key), "must be true or false");
  return v->get_bool();
}

std::optional<std::int64_t> wire_object::optional_non_negative_integer(std::string_view key) const {
  const auto* v = find(key);
  if (!v) return std::nullopt;
  if (v->is_int64() && v->get_int64() >= 0) return v->get_int64();
  if (v->is_uint64() && v->get_uint64() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
    return static_cast<std::int64_t>(v->get_uint64());
  throw invalid_field(field_path(key), "must be a non-negative integer");
}

std::optional<double> wire_object::optional_number(std::string_view key) const {
  const auto* v = find(key);
  if (!v) return std::nullopt;
  if (v->is_double()) return v->get_double();
  if (v->is_int64()) return static_cast<double>(v->get_int64());
  if (v->is_uint64()) return static_cast<double>(v->get_uint64());
  throw invalid_field(field_path(key), "must be a number");
}

wire_object wire_object::required_object(std::string_view key) const {
  auto object = optional_object(key);
  if (!object) throw missing_field(field_path(key));
  return *std::move(object);
}

std::optional<wire_object> wire_object::optional_object(std::string_view key) const {
  const auto* v = find(key);
  if (!v) return std::nullopt;
  if (!v->is_object()) throw invalid_field(field_path(key), "must be an object");
  return wire_object(v->get_object(), field_path(key));
}

std::vector<wire_object> wire_object::optional_object_array(std::string_view key) const {
  const auto* v = find(key);
  if (!v) return {};
  if (!v->is_array()) throw invalid_field(field_path(key), "must be an array");
  std::vector<wire_object> elements;
  const auto& array = v->get_array();
  elements.reserve(array.size());
  for (std::size_t i = 0; i < array.size(); ++i) {
    const std::string element_path = field_path(key) + "[" + std::to_string(i) + "]";
    if (!array[i].is_object()) throw invalid_field(element_path, "must be an object");
    elements.emplace_back(array[i].get_object(), element_path);
  }
  return elements;
}

}  // namespace casegw::city_portal
