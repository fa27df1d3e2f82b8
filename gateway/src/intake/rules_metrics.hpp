// What the rules decided for the cases stored, for /metrics: how many were suspected out of
// scope and for which exclusion, and which route rule sent them to which level. Counted once
// per stored case (a duplicate is not counted again). Labels are channel ids, the five
// exclusion codes, route rule ids and levels: configured ids and fixed words only.
#pragma once

#include "intake/case_rules.hpp"
#include "metrics/registry.hpp"

#include <string_view>

namespace casegw::intake {

class rules_metrics {
 public:
  explicit rules_metrics(metrics::registry& registry);

  void stored(std::string_view channel_id, const ruling& decided);

 private:
  metrics::counter_family& assessed_;
  metrics::counter_family& routed_;
};

}  // namespace casegw::intake
