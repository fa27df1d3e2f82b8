#include "screening/scope_screener.hpp"

#include "screening/phrase_occurrences.hpp"
#include "screening/screened_case.hpp"

#include <optional>

namespace casegw::screening {
namespace {

std::vector<compiled_rule> compile(std::vector<scope_rule> rules, phrase_registry& registry) {
  std::vector<compiled_rule> compiled;
  compiled.reserve(rules.size());
  for (auto& rule : rules) compiled.emplace_back(std::move(rule), registry);
  return compiled;
}

// The registry only lives while the rules are compiled; the index keeps what it needs.
struct compiled_set {
  std::vector<compiled_rule> rules;
  phrase_index index;
};

compiled_set compile_all(std::vector<scope_rule> rules) {
  phrase_registry registry;
  auto compiled = compile(std::move(rules), registry);
  return compiled_set{std::move(compiled), phrase_index(registry.phrases())};
}

scope_assessment assessment_of(const scope_rule& rule, std::vector<std::string> matched) {
  scope_assessment out;
  out.in_scope = false;
  out.exclusion_code = rule.exclusion_code;
  out.rule_id = rule.id;
  out.refer_to = rule.refer_to;
  out.urgent = rule.urgent;
  out.matched = std::move(matched);
  return out;
}

boost::json::object context_json(const context_terms& context) {
  return boost::json::object{{"terms", context.terms.size()}, {"within", context.within}};
}

boost::json::array search_in_json(const scope_rule& rule) {
  boost::json::array fields;
  if (rule.in_title) fields.emplace_back("title");
  if (rule.in_content) fields.emplace_back("content");
  return fields;
}

}  // namespace

scope_screener::scope_screener(std::vector<scope_rule> rules) : index_(std::vector<std::string>{}) {
  auto compiled = compile_all(std::move(rules));
  rules_ = std::move(compiled.rules);
  index_ = std::move(compiled.index);
}

scope_assessment scope_screener::assess(const boost::json::object& unified_case) const {
  const screened_case fields = screened_fields(unified_case);
  // Each text is searched once for every phrase of every rule, and only when a rule asks.
  std::optional<phrase_occurrences> title;
  std::optional<phrase_occurrences> content;
  for (const auto& rule : rules_) {
    if (!rule.applies_to(fields)) continue;
    if (!rule.has_terms()) return assessment_of(rule.rule(), {});
    std::vector<std::string> matched;
    if (rule.rule().in_title) {
      if (!title) title.emplace(index_, fields.title);
      rule.match_terms(*title, matched);
    }
    if (rule.rule().in_content) {
      if (!content) content.emplace(index_, fields.content);
      rule.match_terms(*content, matched);
    }
    if (!matched.empty()) return assessment_of(rule.rule(), std::move(matched));
  }
  return scope_assessment{};
}

boost::json::array scope_screener::rules_json() const {
  boost::json::array out;
  for (const auto& compiled : rules_) {
    const scope_rule& rule = compiled.rule();
    boost::json::object entry{{"id", rule.id},
                              {"exclusion_code", rule.exclusion_code},
                              {"refer_to", rule.refer_to},
                              {"urgent", rule.urgent},
                              {"search_in", search_in_json(rule)},
                              {"terms", rule.terms.size()},
                              {"unless", rule.unless.size()},
                              {"near", context_json(rule.near)},
                              {"not_near", context_json(rule.not_near)},
                              {"has_field_conditions", !rule.when.empty()}};
    if (!rule.description.empty()) entry["description"] = rule.description;
    out.emplace_back(std::move(entry));
  }
  return out;
}

}  // namespace casegw::screening
