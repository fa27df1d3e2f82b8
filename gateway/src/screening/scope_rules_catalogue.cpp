#include "screening/scope_rules_catalogue.hpp"

namespace casegw::screening {

using config::key_type;

const std::vector<config::catalogue_section>& scope_rules_catalogue() {
  static const std::vector<config::catalogue_section> sections = {
      {"", "A version and the rules, tried in order; the first that matches gives the assessment.",
       {{"version", key_type::integer, "1", "", "yes", "the file format"},
        {"rules", key_type::mapping_list, "", "", "yes", "the rules; an empty list screens nothing out"}}},
      {"rules[]", "One rule: what suggests one of the five exclusions of 第六条 (docs/scope-screening.md).",
       {{"rules[].id", key_type::text, "a-z 0-9 - _ .", "", "yes", "unique; the case's scope.rule"},
        {"rules[].description", key_type::text, "", "", "", "for people and the admin API"},
        {"rules[].exclusion", key_type::choice,
         "emergency | other_branches | legal_procedures | secrets_privacy_public_order | excluded_by_law", "", "yes",
         "the exclusion the rule suspects"},
        {"rules[].refer_to", key_type::text, "", "", "", "where to refer the reporter (\"119\", 人民法院 …); quote numbers"},
        {"rules[].urgent", key_type::boolean, "", "true for emergency, else false", "", "copied to scope.urgent"},
        {"rules[].search_in", key_type::text_list, "title | content", "both", "", "the fields searched for terms"},
        {"rules[].terms", key_type::text_list, "", "", "unless the rule has when", "phrases; any one is a hit"},
        {"rules[].unless", key_type::text_list, "at most one * each", "", "",
         "a hit inside one of these is cancelled; * stands for the hit (quote such entries)"},
        {"rules[].near", key_type::mapping, "", "", "", "a hit counts only with one of these phrases close to it"},
        {"rules[].not_near", key_type::mapping, "", "", "", "a hit is cancelled by one of these phrases close to it"},
        {"rules[].when", key_type::mapping, "", "", "", "field conditions, all of which must hold"}}},
      {"rules[].near", "Context a hit needs.",
       {{"rules[].near.terms", key_type::text_list, "", "", "yes", "at least one within `within` characters of the hit"},
        {"rules[].near.within", key_type::integer, "1..500", "", "yes",
         "characters between the hit and the phrase (0 when they touch)"}}},
      {"rules[].not_near", "Context that cancels a hit.",
       {{"rules[].not_near.terms", key_type::text_list, "", "", "yes", "none may be within `within` characters of the hit"},
        {"rules[].not_near.within", key_type::integer, "1..500", "", "yes", "as for near"}}},
      {"rules[].when", "Field conditions; each is a list (any of its values).",
       {{"rules[].when.kind", key_type::text_list, "consultation | complaint | help | report | suggestion | praise | other",
         "", "", "kind"},
        {"rules[].when.channel", key_type::text_list, "", "", "", "channel.id"},
        {"rules[].when.category_code", key_type::text_list, "", "", "", "category.code"},
        {"rules[].when.domain", key_type::text_list,
         "economic_regulation | market_supervision | social_management | public_service | ecology_environment | other",
         "", "", "domain"},
        {"rules[].when.class", key_type::text_list, "handed_down | supervised | verification", "", "",
         "handling.class"}}},
  };
  return sections;
}

}  // namespace casegw::screening
