#include "message_object.hpp"

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/text.hpp>

#include <limits>

namespace casegw::yukuaiban {

namespace {

bool is_integer(const boost::json::value& v) noexcept {
  return v.is_int64() ||
         (v.is_uint64() && v.get_uint64() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()));
}

}  // namespace

message_object::message_object(const boost::json::object& object, std::string path)
    : object_(&object), path_(std::move(path)) {}

std::string message_object::path_of(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

bool message_object::has(std::string_view key) const {
  const auto* v = object_->if_contains(key);
  return v != nullptr && !v->is_null();
}

template <class Accepts>
const boost::json::value* message_object::member(std::string_view key, Accepts accepts, std::string_view expected) const {
  const auto* v = object_->if_contains(key);
  if (v == nullptr || v->is_null()) return nullptr;
  if (!accepts(*v)) throw sdk::wrong_type(path_of(key), expected);
  return v;
}

std::optional<std::string> message_object::optional_text(std::string_view key) const {
  const auto* v = member(key, [](const boost::json::value& x) { return x.is_string(); }, "a string");
  if (v == nullptr) return std::nullopt;
  return std::string(v->get_string());
}

std::string message_object::text(std::string_view key) const {
  auto value = optional_text(key);
  if (!value || sdk::is_blank(*value)) throw sdk::missing_field(path_of(key));
  return *std::move(value);
}

std::optional<bool> message_object::optional_flag(std::string_view key) const {
  const auto* v = member(key, [](const boost::json::value& x) { return x.is_bool(); }, "true or false");
  if (v == nullptr) return std::nullopt;
  return v->get_bool();
}

std::optional<std::int64_t> message_object::optional_integer(std::string_view key) const {
  const auto* v = member(key, is_integer, "an integer");
  if (v == nullptr) return std::nullopt;
  return v->is_int64() ? v->get_int64() : static_cast<std::int64_t>(v->get_uint64());
}

std::int64_t message_object::integer(std::string_view key) const {
  const auto value = optional_integer(key);
  if (!value) throw sdk::missing_field(path_of(key));
  return *value;
}

std::optional<double> message_object::optional_number(std::string_view key) const {
  const auto* v = member(key, [](const boost::json::value& x) { return x.is_number(); }, "a number");
  if (v == nullptr) return std::nullopt;
  return v->to_number<double>();
}

std::optional<message_object> message_object::optional_object(std::string_view key) const {
  const auto* v = member(key, [](const boost::json::value& x) { return x.is_object(); }, "an object");
  if (v == nullptr) return std::nullopt;
  return message_object(v->get_object(), path_of(key));
}

message_object message_object::object(std::string_view key) const {
  auto value = optional_object(key);
  if (!value) throw sdk::missing_field(path_of(key));
  return *std::move(value);
}

std::vector<message_object> message_object::objects(std::string_view key) const {
  const auto* v = member(key, [](const boost::json::value& x) { return x.is_array(); }, "an array");
  if (v == nullptr) return {};
  std::vector<message_object> elements;
  elements.reserve(v->get_array().size());
  for (const auto& element : v->get_array()) {
    const std::string element_path = path_of(key) + "[" + std::to_string(elements.size()) + "]";
    if (!element.is_object()) throw sdk::wrong_type(element_path, "an object");
    elements.emplace_back(element.get_object(), element_path);
  }
  return elements;
}

}  // namespace casegw::yukuaiban
