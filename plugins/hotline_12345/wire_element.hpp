// Typed, path-aware access to one element of a work order.
//
// Every accessor that refuses a value throws sdk::rejection naming the wire field by its path:
// child elements are joined with dots ("workOrder.caller.phone"), repeated ones carry their
// index ("workOrder.attachments.attachment[1].url") and attributes follow an '@'
// ("workOrder@version"). Messages never quote the value: it may be a caller's personal data.
//
// Conventions of the work-order system's XML, applied by every accessor:
//   - text is trimmed of XML white space (space, tab, CR, LF) at both ends;
//   - an empty element (<name/>, or only white space / ideographic spaces U+3000) is the same
//     as an absent one: the system exports every column, filled or not;
//   - an element that this adapter reads once may appear once (else DUPLICATE_FIELD);
//   - a text field holding elements, or a group holding text, is WRONG_TYPE;
//   - elements this adapter does not know are ignored, so later 1.x releases can add some.
#pragma once

#include "xml_document.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::hotline_12345 {

class wire_element {
 public:
  wire_element(const xml_document& document, const xml_element& element, std::string path);

  const std::string& path() const noexcept { return path_; }
  std::string field_path(std::string_view child) const;
  std::string attribute_path(std::string_view attribute) const;

  std::optional<std::string> attribute(std::string_view name) const;

  // The child is present and not empty.
  bool has(std::string_view child) const;

  // Text children. A required one that is absent or empty is MISSING_FIELD.
  std::string required_text(std::string_view child) const;
  std::optional<std::string> optional_text(std::string_view child) const;
  // xs:boolean: true, false, 1 or 0; anything else is WRONG_TYPE.
  std::optional<bool> optional_boolean(std::string_view child) const;
  // ASCII digits only, at most 18 of them; anything else is WRONG_TYPE.
  std::optional<std::int64_t> optional_count(std::string_view child) const;

  // Groups: elements that hold elements.
  wire_element required_group(std::string_view child) const;
  std::optional<wire_element> optional_group(std::string_view child) const;
  // Every child of this name, each a group, in document order; paths read "child[i]".
  std::vector<wire_element> repeated_groups(std::string_view child) const;

 private:
  // nullptr when absent; DUPLICATE_FIELD when there are several.
  const xml_element* single_child(std::string_view name) const;
  wire_element as_group(const xml_element& element, std::string path) const;

  const xml_document* document_;
  const xml_element* element_;
  std::string path_;
};

// The text of an element with the XML white space at both ends removed.
std::string_view trimmed_text(const xml_element& element) noexcept;

}  // namespace casegw::hotline_12345
