#include "admin/calendar_metrics.hpp"

#include <utility>

namespace casegw::admin {

void register_calendar_metrics(metrics::registry& registry,
                               std::function<std::shared_ptr<const policy::policy_set>()> policy) {
  registry.add_callback_gauge("casegw_calendar_last_year",
                              "The last year the holiday calendar covers (0: none); deadlines cannot be computed "
                              "past it",
                              [policy = std::move(policy)] {
                                const auto current = policy ? policy() : nullptr;
                                if (!current || current->calendar.covered_years().empty()) return 0.0;
                                return static_cast<double>(current->calendar.covered_years().back());
                              });
}

}  // namespace casegw::admin
