// How `casegw route explain` and the admin API tell an operator why a case went where it did:
// each rule tried, in order, and why it did not take the case, then the decision.
#include "routing/router.hpp"

#include "config/load_context.hpp"

namespace casegw::routing {

std::string explanation_text(const route_explanation& explanation) {
  std::string out;
  for (std::size_t i = 0; i < explanation.tried.size(); ++i) {
    const rule_trial& trial = explanation.tried[i];
    out += std::to_string(i + 1) + ". " + trial.rule_id + ": ";
    out += trial.matched ? std::string("matched") : "no: " + trial.why_not;
    out += '\n';
  }
  const route_decision& d = explanation.decision;
  if (d.rule_id.empty()) return out + "no rule matched\n";
  out += "rule:         " + d.rule_id + '\n';
  out += "unit:         " + d.unit_id + " (" + d.unit_name + "), " + d.level + " " + d.division_code + '\n';
  out += "direction:    " + d.direction + '\n';
  out += "destinations: " + config::join_names(d.destinations) + '\n';
  out += "reason:       " + d.reason + '\n';
  return out;
}

boost::json::object explanation_json(const route_explanation& explanation) {
  boost::json::array tried;
  for (const auto& trial : explanation.tried) {
    boost::json::object entry{{"rule", trial.rule_id}, {"matched", trial.matched}};
    if (!trial.matched) entry["why_not"] = trial.why_not;
    tried.push_back(std::move(entry));
  }
  boost::json::object out;
  out["tried"] = std::move(tried);
  out["decision"] = to_json(explanation.decision);
  return out;
}

}  // namespace casegw::routing
