// The closed vocabularies of casegw.case/v1 (docs/schemas/casegw.case.v1.schema.json): one
// list each, shared by the validator and by every configuration file that matches on them
// (deadline profiles, scope rules, route rules), so a word the schema knows is never refused by
// a loader, and a misspelt one never becomes a condition no case meets. Header-only.
#pragma once

#include <string>
#include <vector>

namespace casegw::unified_case {

// `kind`
inline const std::vector<std::string>& case_kinds() {
  static const std::vector<std::string> kinds{"consultation", "complaint", "help", "report",
                                              "suggestion",   "praise",    "other"};
  return kinds;
}

// `domain`
inline const std::vector<std::string>& case_domains() {
  static const std::vector<std::string> domains{"economic_regulation", "market_supervision", "social_management",
                                                "public_service",      "ecology_environment", "other"};
  return domains;
}

// `handling.class`: handed_down (交办件), supervised (挂牌督办件), verification (核查办理件).
inline const std::vector<std::string>& case_classes() {
  static const std::vector<std::string> classes{"handed_down", "supervised", "verification"};
  return classes;
}

}  // namespace casegw::unified_case
