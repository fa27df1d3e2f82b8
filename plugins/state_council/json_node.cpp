#include "json_node.hpp"

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::state_council {

namespace {

using json_kind = json_node::json_kind;

bool fits(const boost::json::value& v, json_kind kind) noexcept {
  switch (kind) {
    case json_kind::string: return v.is_string();
    case json_kind::boolean: return v.is_bool();
    case json_kind::integer: return v.is_int64() || v.is_uint64();
    case json_kind::number: return v.is_number();
    case json_kind::object: return v.is_object();
    case json_kind::array: return v.is_array();
  }
  return false;
}

// Completes the message "must be ...".
std::string_view expected(json_kind kind) noexcept {
  switch (kind) {
    case json_kind::string: return "a string";
    case json_kind::boolean: return "true or false";
    case json_kind::integer: return "a whole number";
    case json_kind::number: return "a number";
    case json_kind::object: return "an object";
    case json_kind::array: return "an array";
  }
  return "another type";
}

}  // namespace

json_node::json_node(const boost::json::object& object, std::string path) : object_(&object), path_(std::move(path)) {}

std::string json_node::path_of(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

bool json_node::has(std::string_view key) const {
  const auto* v = object_->if_contains(key);
  return v != nullptr && !v->is_null();
}

const boost::json::value* json_node::typed(std::string_view key, json_kind kind) const {
  const auto* v = object_->if_contains(key);
  if (v == nullptr || v->is_null()) return nullptr;
  if (!fits(*v, kind)) throw sdk::wrong_type(path_of(key), expected(kind));
  return v;
}

std::string json_node::text(std::string_view key) const {
  auto value = optional_text(key);
  if (!value) throw sdk::missing_field(path_of(key));
  if (sdk::is_blank(*value)) throw sdk::rejection(sdk::code::missing_field, path_of(key), "a required field is empty");
  return *std::move(value);
}

std::optional<std::string> json_node::optional_text(std::string_view key) const {
  const auto* v = typed(key, json_kind::string);
  if (v == nullptr) return std::nullopt;
  return std::string(v->get_string());
}

std::optional<bool> json_node::optional_flag(std::string_view key) const {
  const auto* v = typed(key, json_kind::boolean);
  if (v == nullptr) return std::nullopt;
  return v->get_bool();
}

std::optional<std::int64_t> json_node::optional_integer(std::string_view key) const {
  const auto* v = typed(key, json_kind::integer);
  if (v == nullptr) return std::nullopt;
  if (v->is_int64()) return v->get_int64();
  if (v->get_uint64() > static_cast<std::uint64_t>(INT64_MAX)) throw sdk::invalid_field(path_of(key), "is too large");
  return static_cast<std::int64_t>(v->get_uint64());
}

std::optional<std::int64_t> json_node::optional_count(std::string_view key) const {
  const auto n = optional_integer(key);
  if (n && *n < 0) throw sdk::invalid_field(path_of(key), "must not be negative");
  return n;
}

std::optional<double> json_node::optional_number(std::string_view key) const {
  const auto* v = typed(key, json_kind::number);
  if (v == nullptr) return std::nullopt;
  return v->to_number<double>();
}

json_node json_node::child(std::string_view key) const {
  auto node = optional_child(key);
  if (!node) throw sdk::missing_field(path_of(key));
  return *std::move(node);
}

std::optional<json_node> json_node::optional_child(std::string_view key) const {
  const auto* v = typed(key, json_kind::object);
  if (v == nullptr) return std::nullopt;
  return json_node(v->get_object(), path_of(key));
}

std::size_t json_node::element_count(std::string_view key) const {
  const auto* v = typed(key, json_kind::array);
  if (v == nullptr) throw sdk::missing_field(path_of(key));
  return v->get_array().size();
}

std::vector<json_node> json_node::children(std::string_view key) const {
  const auto* v = typed(key, json_kind::array);
  if (v == nullptr) return {};
  std::vector<json_node> nodes;
  const auto& array = v->get_array();
  nodes.reserve(array.size());
  for (std::size_t i = 0; i < array.size(); ++i) {
    const std::string element = path_of(key) + "[" + std::to_string(i) + "]";
    if (!array[i].is_object()) throw sdk::wrong_type(element, "an object");
    nodes.emplace_back(array[i].get_object(), element);
  }
  return nodes;
}

}  // namespace casegw::state_council
