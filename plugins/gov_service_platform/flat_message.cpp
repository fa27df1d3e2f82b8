#include "flat_message.hpp"

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::gov_service_platform {

namespace {

bool is_blank_string(const std::string& text, json_kind kind) { return kind == json_kind::string && sdk::is_blank(text); }

std::string element_path(std::string_view key, std::size_t index) {
  return std::string(key) + "[" + std::to_string(index) + "]";
}

}  // namespace

const flat_value* flat_message::given(std::string_view key) const {
  const auto it = fields_.find(key);
  if (it == fields_.end()) return nullptr;
  const flat_value& v = it->second;
  if (v.kind == json_kind::null || is_blank_string(v.text, v.kind)) return nullptr;
  return &v;
}

bool flat_message::has(std::string_view key) const { return given(key) != nullptr; }

std::optional<std::string> flat_message::text(std::string_view key) const {
  const flat_value* v = given(key);
  if (!v) return std::nullopt;
  if (v->kind != json_kind::string) throw sdk::wrong_type(std::string(key), "a string");
  return v->text;
}

std::string flat_message::required_text(std::string_view key) const {
  auto value = text(key);
  if (!value) throw sdk::missing_field(std::string(key));
  return *std::move(value);
}

std::optional<bool> flat_message::flag(std::string_view key) const {
  const flat_value* v = given(key);
  if (!v) return std::nullopt;
  if (v->kind != json_kind::string) throw sdk::wrong_type(std::string(key), "the string \"0\" or \"1\"");
  if (v->text == "1") return true;
  if (v->text == "0") return false;
  throw sdk::invalid_field(std::string(key), "must be \"0\" or \"1\"");
}

std::vector<std::string> flat_message::text_list(std::string_view key) const {
  const flat_value* v = given(key);
  if (!v) return {};
  if (v->kind != json_kind::array) throw sdk::wrong_type(std::string(key), "an array of strings");
  std::vector<std::string> texts;
  texts.reserve(v->elements.size());
  for (std::size_t i = 0; i < v->elements.size(); ++i) {
    const flat_element& e = v->elements[i];
    if (e.kind != json_kind::string) throw sdk::wrong_type(element_path(key, i), "a string");
    if (sdk::is_blank(e.text)) throw sdk::missing_field(element_path(key, i));
    texts.push_back(e.text);
  }
  return texts;
}

}  // namespace casegw::gov_service_platform
