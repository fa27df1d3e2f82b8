#include "wire_element.hpp"

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::hotline_12345 {

namespace {

constexpr std::size_t max_count_digits = 18;  // stays below INT64_MAX

bool is_xml_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool is_empty(const xml_element& element) noexcept { return element.children.empty() && sdk::is_blank(element.text); }

bool holds_text(const xml_element& element) noexcept { return !sdk::is_blank(element.text); }

}  // namespace

std::string_view trimmed_text(const xml_element& element) noexcept {
  std::string_view text = element.text;
  while (!text.empty() && is_xml_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_xml_space(text.back())) text.remove_suffix(1);
  return text;
}

wire_element::wire_element(const xml_document& document, const xml_element& element, std::string path)
    : document_(&document), element_(&element), path_(std::move(path)) {}

std::string wire_element::field_path(std::string_view child) const { return path_ + "." + std::string(child); }

std::string wire_element::attribute_path(std::string_view attribute) const {
  return path_ + "@" + std::string(attribute);
}

std::optional<std::string> wire_element::attribute(std::string_view name) const {
  for (const auto& [key, value] : element_->attributes)
    if (key == name) return value;  // expat refuses an attribute given twice as not well-formed
  return std::nullopt;
}

const xml_element* wire_element::single_child(std::string_view name) const {
  const xml_element* found = nullptr;
  for (const std::size_t index : element_->children) {
    const xml_element& child = document_->element(index);
    if (child.name != name) continue;
    if (found) throw sdk::duplicate_field(field_path(name));
    found = &child;
  }
  return found;
}

bool wire_element::has(std::string_view child) const {
  const xml_element* element = single_child(child);
  return element && !is_empty(*element);
}

std::string wire_element::required_text(std::string_view child) const {
  auto text = optional_text(child);
  if (!text) throw sdk::missing_field(field_path(child));
  return *std::move(text);
}

std::optional<std::string> wire_element::optional_text(std::string_view child) const {
  const xml_element* element = single_child(child);
  if (!element) return std::nullopt;
  if (!element->children.empty()) throw sdk::wrong_type(field_path(child), "text, not nested elements");
  if (is_empty(*element)) return std::nullopt;
  return std::string(trimmed_text(*element));
}

std::optional<bool> wire_element::optional_boolean(std::string_view child) const {
  const auto text = optional_text(child);
  if (!text) return std::nullopt;
  if (*text == "true" || *text == "1") return true;
  if (*text == "false" || *text == "0") return false;
  throw sdk::wrong_type(field_path(child), "a boolean: true, false, 1 or 0");
}

std::optional<std::int64_t> wire_element::optional_count(std::string_view child) const {
  const auto text = optional_text(child);
  if (!text) return std::nullopt;
  if (!sdk::is_all_digits(*text) || text->size() > max_count_digits)
    throw sdk::wrong_type(field_path(child), "a whole number of at most 18 digits");
  return std::stoll(*text);
}

wire_element wire_element::as_group(const xml_element& element, std::string path) const {
  if (holds_text(element)) throw sdk::wrong_type(path, "a group of elements, not text");
  return wire_element(*document_, element, std::move(path));
}

wire_element wire_element::required_group(std::string_view child) const {
  auto group = optional_group(child);
  if (!group) throw sdk::missing_field(field_path(child));
  return *std::move(group);
}

std::optional<wire_element> wire_element::optional_group(std::string_view child) const {
  const xml_element* element = single_child(child);
  if (!element || is_empty(*element)) return std::nullopt;
  return as_group(*element, field_path(child));
}

std::vector<wire_element> wire_element::repeated_groups(std::string_view child) const {
  std::vector<wire_element> groups;
  for (const std::size_t index : element_->children) {
    const xml_element& element = document_->element(index);
    if (element.name != child) continue;
    groups.push_back(as_group(element, field_path(child) + "[" + std::to_string(groups.size()) + "]"));
  }
  return groups;
}

}  // namespace casegw::hotline_12345
