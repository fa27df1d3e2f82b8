#include "wire_node.hpp"

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/text.hpp>

#include <limits>

namespace casegw::national_regulation {

wire_node::wire_node(const boost::json::object& object, std::string path) : object_(&object), path_(std::move(path)) {}

std::string wire_node::path_of(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

const boost::json::value* wire_node::find(std::string_view key) const {
  const auto* v = object_->if_contains(key);
  return (v && !v->is_null()) ? v : nullptr;
}

template <class IsKind>
const boost::json::value* wire_node::find_typed(std::string_view key, IsKind is_kind, std::string_view expected) const {
  const auto* v = find(key);
  if (v && !is_kind(*v)) throw sdk::wrong_type(path_of(key), expected);
  return v;
}

bool wire_node::has(std::string_view key) const { return find(key) != nullptr; }

std::string wire_node::text(std::string_view key) const {
  auto value = optional_text(key);
  if (!value) throw sdk::missing_field(path_of(key));
  return *std::move(value);
}

std::optional<std::string> wire_node::optional_text(std::string_view key) const {
  const auto* v = find_typed(key, [](const boost::json::value& j) { return j.is_string(); }, "a string");
  if (!v || sdk::is_blank(v->get_string())) return std::nullopt;
  return std::string(v->get_string());
}

bool wire_node::flag(std::string_view key, bool when_absent) const {
  const auto* v = find_typed(key, [](const boost::json::value& j) { return j.is_bool(); }, "true or false");
  return v ? v->get_bool() : when_absent;
}

std::int64_t wire_node::integer(std::string_view key) const {
  const auto value = optional_integer(key);
  if (!value) throw sdk::missing_field(path_of(key));
  return *value;
}

std::optional<std::int64_t> wire_node::optional_integer(std::string_view key) const {
  const auto* v =
      find_typed(key, [](const boost::json::value& j) { return j.is_int64() || j.is_uint64(); }, "a whole number");
  if (!v) return std::nullopt;
  if (v->is_int64()) return v->get_int64();
  if (v->get_uint64() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
    throw sdk::invalid_field(path_of(key), "is too large");
  return static_cast<std::int64_t>(v->get_uint64());
}

wire_node wire_node::child(std::string_view key) const {
  auto node = optional_child(key);
  if (!node) throw sdk::missing_field(path_of(key));
  return *std::move(node);
}

std::optional<wire_node> wire_node::optional_child(std::string_view key) const {
  const auto* v = find_typed(key, [](const boost::json::value& j) { return j.is_object(); }, "an object");
  if (!v) return std::nullopt;
  return wire_node(v->get_object(), path_of(key));
}

std::vector<wire_node> wire_node::children(std::string_view key) const {
  const auto* v = find_typed(key, [](const boost::json::value& j) { return j.is_array(); }, "an array");
  if (!v) return {};
  std::vector<wire_node> nodes;
  const auto& array = v->get_array();
  nodes.reserve(array.size());
  for (std::size_t i = 0; i < array.size(); ++i) {
    const std::string element = path_of(key) + "[" + std::to_string(i) + "]";
    if (!array[i].is_object()) throw sdk::wrong_type(element, "an object");
    nodes.emplace_back(array[i].get_object(), element);
  }
  return nodes;
}

}  // namespace casegw::national_regulation
