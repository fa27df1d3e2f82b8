#include "clue_mapping.hpp"

#include "coded_field.hpp"
#include "council_vocabulary.hpp"
#include "region_mapping.hpp"

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::state_council {

namespace {

// The unified case's limits (docs/schemas/casegw.case.v1.schema.json), in characters, checked
// here so that the platform hears which of its own fields is too long.
enum limit : std::size_t { max_code = 64, max_name = 100, max_title = 200, max_subject_name = 200, max_content = 20000 };

std::string limited_text(const sdk::json::json_object& node, std::string_view key, std::size_t max_characters) {
  std::string text = node.required_string(key);
  sdk::require_max_length(node.path_of(key), text, max_characters);
  return text;
}

void map_kind(const sdk::json::json_object& category, sdk::case_builder& out) {
  const sdk::json::json_object clue_type = category.required_object("clueType");
  const auto kind = kind_for_clue_type(clue_type.required_string("code"));
  if (!kind) throw sdk::unknown_kind(clue_type.path_of("code"), clue_type_codes);
  clue_type.optional_string("name");  // the platform's label, informational
  out.kind(*kind);
}

void map_domain(const sdk::json::json_object& category, sdk::case_builder& out) {
  if (const auto domain = optional_code(category, "field", domain_for_field, field_codes)) out.domain(std::string(*domain));
}

// The platform's matter catalogue (督查事项分类) has no published crosswalk to GB/T 39666, so
// the unified category.code stays empty and the workflow classifies from channel_code.
void map_matter(const sdk::json::json_object& category, sdk::case_builder& out) {
  const auto matter = category.optional_object("matter");
  if (!matter) return;
  sdk::category mapped;
  mapped.channel_code = limited_text(*matter, "code", max_code);
  mapped.name = limited_text(*matter, "name", max_name);
  out.category(std::move(mapped));
}

void map_respondent(const sdk::json::json_object& clue, sdk::case_builder& out) {
  const auto respondent = clue.optional_object("respondent");
  if (!respondent) return;
  const auto type = required_code(*respondent, "type", subject_type_for_respondent, respondent_type_codes);
  out.subject(sdk::subject{std::string(type), limited_text(*respondent, "name", max_subject_name)});
}

}  // namespace

void map_clue(const sdk::json::json_object& clue, const council_settings& settings, const sdk::host& host, sdk::case_builder& out) {
  out.title(limited_text(clue, "title", max_title));
  out.content(limited_text(clue, "content", max_content));
  const sdk::json::json_object category = clue.required_object("category");
  map_kind(category, out);
  map_matter(category, out);
  map_domain(category, out);
  map_location(clue.required_object("location"), settings.jurisdiction_prefix, host, out);
  map_respondent(clue, out);
}

}  // namespace casegw::state_council
