#include "routing/router.hpp"

#include <algorithm>

namespace casegw::routing {
namespace {

// Only well-formed codes are looked up or named in a reason; anything else is "absent or malformed".
bool well_formed_region(std::string_view code) {
  return all_digits(code) && (code.size() == 6 || code.size() == 9 || code.size() == 12);
}

std::string level_phrase(unit_level lowest) {
  return lowest == unit_level::village ? std::string("locality first") : "locality first (down to " + std::string(to_string(lowest)) + ")";
}

}  // namespace

router::router(unit_directory units, std::vector<route_rule> rules) : units_(std::move(units)), rules_(std::move(rules)) {}

route_decision router::decide(const route_rule& rule, const unit& to, std::string reason) const {
  route_decision d;
  d.rule_id = rule.id;
  d.destinations.push_back(to.destination);
  for (const auto& extra : rule.also) {
    // One outbox row per destination: a fan-out naming the unit's own destination adds nothing.
    if (std::find(d.destinations.begin(), d.destinations.end(), extra) == d.destinations.end()) d.destinations.push_back(extra);
  }
  d.level = std::string(to_string(to.level));
  d.unit_id = to.id;
  d.unit_name = to.name;
  d.division_code = to.division_code;
  d.direction = std::string(to_string(rule.direction));
  d.reason = std::move(reason);
  return d;
}

std::optional<route_decision> router::resolve_bottom_up(const route_rule& rule, const case_facts& facts,
                                                        std::string& why_not) const {
  const std::string& region = facts[case_fact::region_code];
  const bool usable = well_formed_region(region);
  const locality_hit hit = usable ? units_.lowest_covering(region, rule.lowest) : locality_hit{};
  const std::string phrase = level_phrase(rule.lowest);
  if (hit.found != nullptr) {
    std::string reason = phrase + ": ";
    if (hit.matched_code != region) reason += "region " + region + ", ";
    reason += std::string(to_string(hit.found->level)) + " code " + hit.matched_code + " → unit " + hit.found->id;
    return decide(rule, *hit.found, std::move(reason));
  }
  const std::string where = usable ? "no unit covers region " + region : "region code is absent or malformed";
  if (const unit* fallback = units_.find(rule.fallback_unit)) {
    return decide(rule, *fallback, phrase + ": " + where + " → fallback unit " + fallback->id);
  }
  why_not = where + " and the rule has no fallback_unit";
  return std::nullopt;
}

std::optional<route_decision> router::resolve(const route_rule& rule, const case_facts& facts, std::string& why_not) const {
  if (rule.direction == route_direction::bottom_up) return resolve_bottom_up(rule, facts, why_not);
  const unit* to = units_.find(rule.unit);
  if (to == nullptr) {  // the loader refuses such a table; kept so that route() cannot crash
    why_not = "unit " + rule.unit + " is not in the unit directory";
    return std::nullopt;
  }
  return decide(rule, *to, "top down by rule " + rule.id + " → unit " + to->id);
}

route_explanation router::explain(const boost::json::object& unified_case) const {
  const case_facts facts(unified_case);
  route_explanation out;
  for (const auto& rule : rules_) {
    rule_trial trial{rule.id, false, unmet_conditions(rule, facts)};
    std::optional<route_decision> decision;
    if (trial.why_not.empty()) decision = resolve(rule, facts, trial.why_not);
    trial.matched = decision.has_value();
    out.tried.push_back(std::move(trial));
    if (decision) {
      out.decision = std::move(*decision);
      return out;
    }
  }
  // Unreachable with a loaded table (its last rule always resolves); an empty decision says so.
  out.decision.reason = "no rule matched";
  return out;
}

route_decision router::route(const boost::json::object& unified_case) const { return explain(unified_case).decision; }

}  // namespace casegw::routing
