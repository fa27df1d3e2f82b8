// Everything a decoded case is put through before it is stored, in the order data flows:
//   policy (deadlines, evaluation) -> scope screening (an assessment, never a refusal) ->
//   route (locality first, or top-down; one or several destinations).
// Immutable once built; a reload builds new rules and swaps them in with the channels
// (pipeline.hpp), so a case is assessed and routed by one configuration from start to end.
#pragma once

#include "policy/case_policy.hpp"
#include "routing/router.hpp"
#include "screening/scope_screener.hpp"

#include <boost/json/object.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::intake {

// The rules' verdict in ids and codes only, for counters (rules_metrics.hpp).
struct ruling {
  std::string assessment;      // in_scope | suspected_out_of_scope
  std::string exclusion_code;  // "" when in scope
  std::string route_rule;      // the route rule's id
  std::string route_level;     // city | district | town | village | department
  std::string unit_id;         // the unit the route chose

  // "scope=in_scope route=default unit=yuzhong level=district" (+ " exclusion=…"): the trail's note.
  std::string trail_note() const;
};

// What the rules made of one case: the gateway's groups of the unified case (deadlines,
// evaluation, scope, route, in that order) and the destinations to forward it to.
struct ruled_case {
  boost::json::object groups;
  std::vector<std::string> destinations;
  ruling decided;
};

// Why a case would go where it goes: the scope assessment routing saw (the case's own `scope`
// group when it has one, else the screening rules' verdict) and each rule tried.
struct route_explained {
  boost::json::object scope;
  bool scope_from_case = false;
  routing::route_explanation explanation;
};
boost::json::object to_json(const route_explained& explained);
std::string to_text(const route_explained& explained);

class case_rules {
 public:
  case_rules(std::shared_ptr<const policy::case_policy> policy, std::shared_ptr<const screening::scope_screener> screening,
             std::shared_ptr<const routing::router> routing);

  // `adapter_part` has passed validation; `channel_id` is the configured channel it came by.
  ruled_case apply(std::string_view channel_id, const boost::json::object& adapter_part) const;

  // The case as screening and routing read it: the adapter's fields with the channel id, plus
  // the groups computed so far. Also what `casegw route explain` and the admin API feed them.
  // For `casegw route explain` and POST /admin/v1/routes/explain: `unified_case` is a stored
  // case or an adapter's output; its channel.id is replaced by `channel_id` when that is given.
  route_explained explain(std::string_view channel_id, const boost::json::object& unified_case) const;

  static boost::json::object case_view(std::string_view channel_id, const boost::json::object& adapter_part);

  const policy::case_policy& policy() const noexcept { return *policy_; }
  const screening::scope_screener& screening() const noexcept { return *screening_; }
  const routing::router& routing() const noexcept { return *routing_; }

 private:
  std::shared_ptr<const policy::case_policy> policy_;
  std::shared_ptr<const screening::scope_screener> screening_;
  std::shared_ptr<const routing::router> routing_;
};

}  // namespace casegw::intake
