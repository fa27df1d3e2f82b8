// Turns a deadline rule and a submission instant into the case's deadlines on the working-day
// calendar, with the SPEC §3 counting convention:
//   - the Shanghai (UTC+8) date of the submission is day 0 and is never counted;
//   - day 1 is the first working day after it; the case is due at 23:59:59+08:00 of day N;
//   - calendar_days: N days after the submission date, due 23:59:59+08:00 of that day;
//   - hours: exactly N hours after the submitted instant.
// Derived dates are always in working days (see docs/deadlines.md).
#pragma once

#include "policy/deadline_result.hpp"
#include "policy/deadline_rule.hpp"
#include "policy/holiday_calendar.hpp"
#include "time/rfc3339.hpp"

#include <optional>

namespace casegw::policy {

class deadline_calculator {
 public:
  // The calendar must outlive the calculator.
  explicit deadline_calculator(const holiday_calendar& calendar) : calendar_(calendar) {}

  // Throws calendar_gap when any date needs a year the calendar does not cover, and
  // std::invalid_argument for a rule whose amount is not positive (unless an assigned due wins).
  deadline_result compute(const deadline_rule& rule, const time::instant& submitted,
                          const std::optional<time::instant>& assigned_due = std::nullopt) const;

 private:
  const holiday_calendar& calendar_;
};

}  // namespace casegw::policy
