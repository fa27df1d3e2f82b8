// What screening concluded about one case: in scope, or suspected to fall under one of the
// five exclusions of SPEC §3 (第六条) — with the rule that said so and where to refer the
// reporter. It is a suggestion for the command centre's review, never a rejection.
#pragma once

#include <boost/json/object.hpp>

#include <string>
#include <vector>

namespace casegw::screening {

// The five exclusion codes of SPEC §3 (第六条), in order:
//   emergency, other_branches, legal_procedures, secrets_privacy_public_order, excluded_by_law
const std::vector<std::string>& exclusion_codes();

struct scope_assessment {
  bool in_scope = true;
  std::string exclusion_code;        // "" when in scope
  std::string rule_id;               // the rule that matched
  std::string refer_to;              // e.g. "110", "119", "120", "122", "人民法院", "信访部门"
  bool urgent = false;               // emergencies
  std::vector<std::string> matched;  // configured terms that matched (recorded on the case, NEVER logged)
};

// The unified case's `scope` group:
//   {"assessment":"in_scope","in_scope":true}
//   {"assessment":"suspected_out_of_scope","in_scope":false,"exclusion_code":"emergency",
//    "rule":"emergency-fire","refer_to":"119","urgent":true,"matched":["着火了"]}
// refer_to is left out when the rule names no referral.
boost::json::object to_json(const scope_assessment& assessment);

}  // namespace casegw::screening
