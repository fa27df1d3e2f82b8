#include "routing/route_vocabulary.hpp"

#include "unified_case/case_vocabulary.hpp"

#include <map>

namespace casegw::routing {

const std::vector<match_key>& match_keys() {
  static const std::vector<match_key> keys = {
      {"channel", case_fact::channel, "channel", match_test::equals},
      {"kind", case_fact::kind, "kind", match_test::equals},
      {"class", case_fact::handling_class, "class", match_test::equals},
      {"domain", case_fact::domain, "domain", match_test::equals},
      {"category_code", case_fact::category_code, "category code", match_test::equals},
      {"region_prefix", case_fact::region_code, "region code", match_test::starts_with},
      {"scope", case_fact::scope, "scope", match_test::equals},
      {"exclusion", case_fact::exclusion_code, "exclusion code", match_test::equals},
      {"urgent", case_fact::urgent, "urgent", match_test::equals},
      {"title_keywords", case_fact::title, "title", match_test::contains},
  };
  return keys;
}

const match_key* find_match_key(std::string_view key) {
  for (const auto& entry : match_keys()) {
    if (entry.key == key) return &entry;
  }
  return nullptr;
}

const std::vector<std::string>& match_key_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& entry : match_keys()) out.emplace_back(entry.key);
    return out;
  }();
  return names;
}

const std::vector<std::string>* vocabulary_of(std::string_view key) {
  // The enums of docs/schemas/casegw.case.v1.schema.json; a misspelt value would otherwise be a
  // condition no case ever meets.
  static const std::map<std::string_view, std::vector<std::string>> vocabularies = {
      {"kind", unified_case::case_kinds()},
      {"class", unified_case::case_classes()},
      {"domain", unified_case::case_domains()},
      {"scope", {"in_scope", "suspected_out_of_scope"}},
      {"urgent", {"true", "false"}},
  };
  const auto it = vocabularies.find(key);
  return it == vocabularies.end() ? nullptr : &it->second;
}

}  // namespace casegw::routing
