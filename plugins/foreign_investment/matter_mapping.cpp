#include "matter_mapping.hpp"

#include "free_text.hpp"

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::foreign_investment {

namespace {

// Limits of the unified case (docs/schemas/casegw.case.v1.schema.json), enforced here so the
// complaint system hears which of its fields is too long.
constexpr std::size_t max_title = 200;
constexpr std::size_t max_category_code = 64;
constexpr std::size_t max_category_name = 100;
constexpr std::size_t max_respondent_name = 200;

bool is_category_code(std::string_view code) noexcept {
  for (char c : code) {
    const bool allowed = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' ||
                         c == '_' || c == '-';
    if (!allowed) return false;
  }
  return true;
}

std::string paragraphs(const complaint_form& form, std::string_view key, std::size_t max_characters, bool required) {
  const auto text = required ? std::optional(form.required_text(key)) : form.optional_text(key);
  if (!text) return {};
  std::string normalized = normalized_paragraphs(std::string(key), *text);
  sdk::require_max_length(std::string(key), normalized, max_characters);
  return normalized;
}

void map_category(const complaint_form& form, sdk::case_builder& out) {
  sdk::category category;
  category.channel_code = form.required_line("categoryCode", max_category_code);
  if (!is_category_code(category.channel_code))
    throw sdk::invalid_field("categoryCode", "must be letters, digits, '.', '_' or '-', like XZ02");
  category.name = form.required_line("categoryName", max_category_name);
  // The complaint office's catalogue has no published crosswalk to GB/T 39666, so the unified
  // code stays empty; the workflow classifies from channel_code.
  out.category(std::move(category));
}

// A complaint proper names whom it is against; the other types may, and then completely.
void map_respondent(const complaint_form& form, const complaint_type& type, sdk::case_builder& out) {
  const bool named = form.has("respondentType") || form.has("respondentName");
  if (!named && !type.against_administrative_act) return;
  sdk::subject subject;
  const auto subject_type = subject_type_for(form.required_text("respondentType"));
  if (!subject_type) throw sdk::invalid_field("respondentType", "must be 1 (an administrative organ) or 2 (its official)");
  subject.type = std::string(*subject_type);
  subject.name = form.required_line("respondentName", max_respondent_name);
  out.subject(std::move(subject));
}

}  // namespace

void map_matter(const complaint_form& form, const complaint_type& type, complaint_statement statement,
                sdk::case_builder& out) {
  out.title(form.required_line("title", max_title));
  statement.facts = paragraphs(form, "facts", max_facts, true);
  statement.requests = paragraphs(form, "requests", max_requests, type.against_administrative_act);
  out.content(compose_content(statement));
  map_category(form, out);
  map_respondent(form, type, out);
}

}  // namespace casegw::foreign_investment
