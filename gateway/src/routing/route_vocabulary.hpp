// The words routes.yaml may use: the match keys, what each compares in the case, and the
// documented values of the closed ones (docs/routing.md, the case schema's enums).
#pragma once

#include "routing/case_facts.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace casegw::routing {

enum class match_test {
  equals,       // the case's value is one of the listed values
  starts_with,  // the case's value starts with one of them (region_prefix)
  contains,     // the case's value contains one of them (title_keywords)
};

struct match_key {
  std::string_view key;        // as written in a rule's `match` block
  case_fact fact;              // what it compares
  std::string_view fact_name;  // how messages name the case's value: "channel", "region code"
  match_test test;
};

// In the order docs/routing.md lists them; explanations list unmet conditions in this order.
const std::vector<match_key>& match_keys();
const match_key* find_match_key(std::string_view key);
const std::vector<std::string>& match_key_names();

// The closed vocabulary of a match key (kind, class, domain, scope, urgent), or nullptr for
// keys whose values come from elsewhere (channel ids) or are free (codes, keywords).
const std::vector<std::string>* vocabulary_of(std::string_view key);

}  // namespace casegw::routing
