#include "intake/rules_metrics.hpp"

namespace casegw::intake {

rules_metrics::rules_metrics(metrics::registry& registry)
    : assessed_(registry.add_counter("casegw_cases_assessed_total",
                                     "Cases stored, by scope assessment and exclusion code ('-' when in scope)",
                                     {"channel", "assessment", "exclusion"})),
      routed_(registry.add_counter("casegw_cases_routed_total", "Cases stored, by the route rule and level that took them",
                                   {"channel", "rule", "level"})) {}

void rules_metrics::stored(std::string_view channel_id, const ruling& decided) {
  const std::string_view exclusion = decided.exclusion_code.empty() ? std::string_view("-") : decided.exclusion_code;
  assessed_.with_labels({channel_id, decided.assessment, exclusion}).inc();
  routed_.with_labels({channel_id, decided.route_rule, decided.route_level}).inc();
}

}  // namespace casegw::intake
