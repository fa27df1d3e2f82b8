// The routing stage: where each case goes, by the ordered rules of config/routing/routes.yaml
// over the units of config/routing/units.yaml (docs/routing.md).
//
//   auto [router, problems] = load_routing(units_file, routes_file, divisions, {"local"}, channel_ids);
//   route_decision d = router->route(unified_case);   // d.destinations: one outbox row each
//   unified_case["route"] = to_json(d);
//   std::cout << explanation_text(router->explain(unified_case));   // casegw route explain
//
// Immutable once loaded: every const member is safe to call from any number of threads.
#pragma once

#include "routing/route_decision.hpp"
#include "routing/route_rule.hpp"
#include "routing/unit_directory.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace casegw::routing {

struct rule_trial {
  std::string rule_id;
  bool matched = false;
  std::string why_not;  // e.g. "channel is city_portal, rule wants [hotline_12345]"
};

struct route_explanation {
  std::vector<rule_trial> tried;  // every rule tried, in order; the last is the one that matched
  route_decision decision;
};

class router {
 public:
  // Units and rules as load_routing validated them: every id a rule names exists, and the last
  // rule takes every case and always resolves. Built by the loader (and by tests).
  router(unit_directory units, std::vector<route_rule> rules);

  // Reads channel.id, kind, handling.class, domain, category.code, location.region_code, title
  // and the `scope` group of a unified case. Never fails: the final rule always resolves.
  route_decision route(const boost::json::object& unified_case) const;
  route_explanation explain(const boost::json::object& unified_case) const;

  boost::json::array units_json() const;  // admin views
  boost::json::array rules_json() const;
  std::size_t unit_count() const noexcept { return units_.all().size(); }
  std::size_t rule_count() const noexcept { return rules_.size(); }

 private:
  // The decision of one rule for a case whose conditions it met; nullopt with `why_not` set
  // when a bottom-up rule finds no unit and has no fallback.
  std::optional<route_decision> resolve(const route_rule& rule, const case_facts& facts, std::string& why_not) const;
  std::optional<route_decision> resolve_bottom_up(const route_rule& rule, const case_facts& facts,
                                                  std::string& why_not) const;
  route_decision decide(const route_rule& rule, const unit& to, std::string reason) const;

  unit_directory units_;
  std::vector<route_rule> rules_;
};

std::string explanation_text(const route_explanation& explanation);         // for the CLI
boost::json::object explanation_json(const route_explanation& explanation);  // for the admin API

}  // namespace casegw::routing
