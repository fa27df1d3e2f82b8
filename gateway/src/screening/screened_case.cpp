#include "screening/screened_case.hpp"

namespace casegw::screening {
namespace {

std::string_view text_of(const boost::json::object& object, std::string_view key) noexcept {
  const auto* value = object.if_contains(key);
  if (value == nullptr) return {};
  const auto* text = value->if_string();
  return text != nullptr ? std::string_view(*text) : std::string_view();
}

std::string_view nested_text_of(const boost::json::object& object, std::string_view group,
                                std::string_view key) noexcept {
  const auto* value = object.if_contains(group);
  const auto* nested = value != nullptr ? value->if_object() : nullptr;
  return nested != nullptr ? text_of(*nested, key) : std::string_view();
}

}  // namespace

screened_case screened_fields(const boost::json::object& unified_case) noexcept {
  screened_case fields;
  fields.title = text_of(unified_case, "title");
  fields.content = text_of(unified_case, "content");
  fields.kind = text_of(unified_case, "kind");
  fields.channel = nested_text_of(unified_case, "channel", "id");
  fields.category_code = nested_text_of(unified_case, "category", "code");
  fields.domain = text_of(unified_case, "domain");
  fields.handling_class = nested_text_of(unified_case, "handling", "class");
  return fields;
}

}  // namespace casegw::screening
