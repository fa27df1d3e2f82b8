// One screening rule as configured in config/policy/scope.yaml (docs/scope-screening.md
// describes every key). Plain data: the loader fills it, the screener compiles it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace casegw::screening {

// Phrases that must (near) or must not (not_near) occur within `within` characters of a hit.
// No terms: no condition.
struct context_terms {
  std::vector<std::string> terms;
  std::uint32_t within = 0;
};

// Field conditions: each non-empty list must contain the case's value (a missing value fails).
struct field_conditions {
  std::vector<std::string> kind;
  std::vector<std::string> channel;
  std::vector<std::string> category_code;
  std::vector<std::string> domain;
  std::vector<std::string> handling_class;

  bool empty() const noexcept {
    return kind.empty() && channel.empty() && category_code.empty() && domain.empty() && handling_class.empty();
  }
};

struct scope_rule {
  std::string id;
  std::string description;
  std::string exclusion_code;  // one of exclusion_codes()
  std::string refer_to;        // may be empty
  bool urgent = false;         // defaults to true for emergency rules
  bool in_title = true;        // search_in
  bool in_content = true;
  std::vector<std::string> terms;   // any of; none: the rule is decided by `when` alone
  std::vector<std::string> unless;  // a hit inside one of these is cancelled; "*" stands for the hit
  context_terms near;
  context_terms not_near;
  field_conditions when;
};

}  // namespace casegw::screening
