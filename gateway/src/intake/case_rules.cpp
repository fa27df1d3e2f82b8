#include "intake/case_rules.hpp"

#include <boost/json/serialize.hpp>

namespace casegw::intake {

case_rules::case_rules(std::shared_ptr<const policy::case_policy> policy,
                       std::shared_ptr<const screening::scope_screener> screening,
                       std::shared_ptr<const routing::router> routing)
    : policy_(std::move(policy)), screening_(std::move(screening)), routing_(std::move(routing)) {}

boost::json::object case_rules::case_view(std::string_view channel_id, const boost::json::object& adapter_part) {
  boost::json::object view = adapter_part;
  boost::json::object channel;
  if (const auto* given = adapter_part.if_contains("channel"); given != nullptr && given->is_object())
    channel = given->get_object();
  channel["id"] = channel_id;
  view["channel"] = std::move(channel);
  return view;
}

ruled_case case_rules::apply(std::string_view channel_id, const boost::json::object& adapter_part) const {
  ruled_case ruled;
  ruled.groups = policy_->groups_for(channel_id, adapter_part);
  auto view = case_view(channel_id, adapter_part);
  // Screening first: routes may send a suspected out-of-scope case to a review queue.
  const auto assessment = screening_->assess(view);
  ruled.decided.assessment = assessment.in_scope ? "in_scope" : "suspected_out_of_scope";
  ruled.decided.exclusion_code = assessment.exclusion_code;
  auto scope = screening::to_json(assessment);
  view["scope"] = scope;
  ruled.groups["scope"] = std::move(scope);
  auto decision = routing_->route(view);
  ruled.destinations = decision.destinations;
  ruled.decided.route_rule = decision.rule_id;
  ruled.decided.route_level = decision.level;
  ruled.decided.unit_id = decision.unit_id;
  ruled.groups["route"] = routing::to_json(decision);
  return ruled;
}

}  // namespace casegw::intake

namespace casegw::intake {

std::string ruling::trail_note() const {
  std::string note = "scope=" + assessment;
  if (!exclusion_code.empty()) note += " exclusion=" + exclusion_code;
  return note + " route=" + route_rule + " unit=" + unit_id + " level=" + route_level;
}

route_explained case_rules::explain(std::string_view channel_id, const boost::json::object& unified_case) const {
  route_explained explained;
  auto view = channel_id.empty() ? unified_case : case_view(channel_id, unified_case);
  if (const auto* scope = unified_case.if_contains("scope"); scope != nullptr && scope->is_object()) {
    explained.scope = scope->get_object();
    explained.scope_from_case = true;
  } else {
    explained.scope = screening::to_json(screening_->assess(view));
    view["scope"] = explained.scope;
  }
  explained.explanation = routing_->explain(view);
  return explained;
}

boost::json::object to_json(const route_explained& explained) {
  return boost::json::object{{"scope", explained.scope},
                             {"scope_source", explained.scope_from_case ? "case" : "scope_rules"},
                             {"explanation", routing::explanation_json(explained.explanation)}};
}

std::string to_text(const route_explained& explained) {
  std::string text = "scope (";
  text += explained.scope_from_case ? "from the case" : "assessed by the scope rules";
  text += "): " + boost::json::serialize(explained.scope) + "\n";
  return text + routing::explanation_text(explained.explanation);
}

}  // namespace casegw::intake
