// A parsed XML body, as a small tree of elements: names, attributes, the text directly inside
// each element, and children in document order.
//
// Parsing is done by expat, created for UTF-8 whatever the document's own encoding declaration
// says: the gateway has already converted a GBK/GB18030 body to UTF-8, so a prolog that still
// says encoding="GBK" describes bytes that are gone. Anything that could make a parser reach
// outside the body or grow without bound is refused before it is used: a DOCTYPE (and so any
// entity declaration: XXE, "billion laughs"), and nesting deeper than max_depth.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace casegw::hotline_12345 {

struct xml_element {
  std::string name;
  std::vector<std::pair<std::string, std::string>> attributes;
  std::string text;                   // all character data directly inside, CDATA included
  std::vector<std::size_t> children;  // indices into xml_document's elements, in document order
};

class xml_document {
 public:
  // Elements nested deeper than this make the body MALFORMED_BODY: no 12345 work order comes
  // near it, and it bounds what a hostile body can make the tree hold.
  static constexpr std::size_t max_depth = 32;

  // Throws sdk::rejection MALFORMED_BODY (no field) when the body is not well-formed XML, has a
  // DOCTYPE or entity declaration, or nests too deeply. The message names the problem and where
  // (line, column), never the body's text.
  static xml_document parse(std::string_view body);

  const xml_element& root() const noexcept { return elements_.front(); }
  const xml_element& element(std::size_t index) const { return elements_.at(index); }

 private:
  xml_document() = default;
  friend class xml_tree_builder;

  std::vector<xml_element> elements_;  // [0] is the root
};

}  // namespace casegw::hotline_12345
