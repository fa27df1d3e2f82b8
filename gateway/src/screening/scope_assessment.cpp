#include "screening/scope_assessment.hpp"

#include <boost/json/array.hpp>

namespace casegw::screening {

const std::vector<std::string>& exclusion_codes() {
  static const std::vector<std::string> codes{"emergency", "other_branches", "legal_procedures",
                                              "secrets_privacy_public_order", "excluded_by_law"};
  return codes;
}

boost::json::object to_json(const scope_assessment& assessment) {
  boost::json::object out;
  if (assessment.in_scope) {
    out["assessment"] = "in_scope";
    out["in_scope"] = true;
    return out;
  }
  out["assessment"] = "suspected_out_of_scope";
  out["in_scope"] = false;
  out["exclusion_code"] = assessment.exclusion_code;
  out["rule"] = assessment.rule_id;
  if (!assessment.refer_to.empty()) out["refer_to"] = assessment.refer_to;
  out["urgent"] = assessment.urgent;
  boost::json::array matched;
  for (const auto& term : assessment.matched) matched.emplace_back(term);
  out["matched"] = std::move(matched);
  return out;
}

}  // namespace casegw::screening
