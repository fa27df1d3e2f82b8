// casegw_calendar_last_year: the last year the holiday calendar covers, read at scrape time, so
// that operators can alert before it runs out (e.g. casegw_calendar_last_year < year() + 1 from
// December on), as /readyz's calendar_next_year check does.
#pragma once

#include "metrics/registry.hpp"
#include "policy/policy_set.hpp"

#include <functional>
#include <memory>

namespace casegw::admin {

// `policy` is asked on every scrape (a reload may swap the policy); 0 when it has no calendar.
void register_calendar_metrics(metrics::registry& registry,
                               std::function<std::shared_ptr<const policy::policy_set>()> policy);

}  // namespace casegw::admin
