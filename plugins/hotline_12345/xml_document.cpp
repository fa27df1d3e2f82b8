#include "xml_document.hpp"

#include <casegw/sdk/field_errors.hpp>

#include <expat.h>

#include <climits>
#include <memory>

namespace casegw::hotline_12345 {

// Receives expat's callbacks and grows the tree. Callbacks run inside C code, so nothing here
// throws: a refusal is recorded and the parser stopped, and parse() turns it into a rejection.
class xml_tree_builder {
 public:
  explicit xml_tree_builder(XML_Parser parser) : parser_(parser) {}

  void start(const XML_Char* name, const XML_Char** attributes) {
    if (!refusal_.empty()) return;  // expat may deliver a callback or two after a stop
    if (open_.size() >= xml_document::max_depth) return refuse("elements are nested more than 32 levels deep");
    const std::size_t index = document_.elements_.size();
    xml_element& element = document_.elements_.emplace_back();
    element.name = name;
    for (const XML_Char** a = attributes; *a != nullptr; a += 2) element.attributes.emplace_back(a[0], a[1]);
    if (!open_.empty()) document_.elements_[open_.back()].children.push_back(index);
    open_.push_back(index);
  }

  void end() {
    if (!open_.empty()) open_.pop_back();
  }

  void text(const XML_Char* data, int size) {
    if (!open_.empty()) document_.elements_[open_.back()].text.append(data, static_cast<std::size_t>(size));
  }

  // A document type declaration is where entities are declared; no work order needs one, and
  // refusing it outright closes XXE and entity-expansion attacks whatever the parser's defaults.
  void refuse(std::string reason) {
    if (refusal_.empty()) refusal_ = std::move(reason);
    XML_StopParser(parser_, XML_FALSE);
  }

  const std::string& refusal() const noexcept { return refusal_; }
  xml_document release() { return std::move(document_); }

 private:
  XML_Parser parser_;
  xml_document document_;
  std::vector<std::size_t> open_;  // the elements started and not yet ended, outermost first
  std::string refusal_;
};

namespace {

xml_tree_builder& builder(void* user_data) { return *static_cast<xml_tree_builder*>(user_data); }

void on_start(void* user_data, const XML_Char* name, const XML_Char** attributes) {
  builder(user_data).start(name, attributes);
}
void on_end(void* user_data, const XML_Char*) { builder(user_data).end(); }
void on_text(void* user_data, const XML_Char* data, int size) { builder(user_data).text(data, size); }
void on_doctype(void* user_data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
  builder(user_data).refuse("a DOCTYPE declaration is not allowed");
}
void on_entity(void* user_data, const XML_Char*, int, const XML_Char*, int, const XML_Char*, const XML_Char*,
               const XML_Char*, const XML_Char*) {
  builder(user_data).refuse("an entity declaration is not allowed");
}

struct parser_free {
  void operator()(XML_Parser p) const noexcept { XML_ParserFree(p); }
};
using parser_handle = std::unique_ptr<std::remove_pointer_t<XML_Parser>, parser_free>;

std::string position_of(XML_Parser p) {
  return "line " + std::to_string(XML_GetCurrentLineNumber(p)) + ", column " +
         std::to_string(XML_GetCurrentColumnNumber(p) + 1);
}

}  // namespace

xml_document xml_document::parse(std::string_view body) {
  if (body.size() > static_cast<std::size_t>(INT_MAX)) throw sdk::malformed_body("a work order of a sensible size");
  // "UTF-8" overrides the document's encoding declaration: the bytes are UTF-8 by now.
  const parser_handle parser(XML_ParserCreate("UTF-8"));
  if (!parser) throw std::bad_alloc();
  xml_tree_builder tree(parser.get());
  XML_SetUserData(parser.get(), &tree);
  XML_SetElementHandler(parser.get(), on_start, on_end);
  XML_SetCharacterDataHandler(parser.get(), on_text);
  XML_SetStartDoctypeDeclHandler(parser.get(), on_doctype);
  XML_SetEntityDeclHandler(parser.get(), on_entity);
  XML_SetParamEntityParsing(parser.get(), XML_PARAM_ENTITY_PARSING_NEVER);

  const auto status = XML_Parse(parser.get(), body.data(), static_cast<int>(body.size()), XML_TRUE);
  if (!tree.refusal().empty())
    throw sdk::malformed_body("acceptable XML: " + tree.refusal() + " (" + position_of(parser.get()) + ")");
  if (status != XML_STATUS_OK)
    throw sdk::malformed_body("well-formed XML: " + std::string(XML_ErrorString(XML_GetErrorCode(parser.get()))) +
                              " (" + position_of(parser.get()) + ")");
  return tree.release();
}

}  // namespace casegw::hotline_12345
