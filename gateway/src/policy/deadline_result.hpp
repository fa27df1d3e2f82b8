// The deadlines of one case, as the unified case's `deadlines` group carries them: each date
// with the rule that produced it, so a supervisor can see why a date is what it is.
#pragma once

#include "policy/deadline_rule.hpp"

#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace casegw::policy {

inline constexpr int extension_max_working_days = 10;  // SPEC §3: 延期最长不超过 10 个工作日

struct deadline_result {
  std::int64_t due_at_ms = 0;  // UTC milliseconds; 23:59:59+08:00 of the last day unless hours/assigned
  deadline_unit unit = deadline_unit::working_days;
  // The rule's amount in `unit`; nothing when an assigned due date won (no amount produced it).
  std::optional<int> amount;
  bool assigned = false;   // true: due_at is the deadline the superior platform handed down
  std::string rule;        // the rule's id, with ".assigned" appended when assigned
  std::string basis;
  std::string calendar;    // the calendar's id, e.g. "holidays-cn 2019–2026"
  int extension_max_working_days = policy::extension_max_working_days;
  std::int64_t extension_apply_by_ms = 0;
  std::int64_t extension_max_due_at_ms = 0;
  std::int64_t co_handler_due_at_ms = 0;
  std::int64_t transfer_request_by_ms = 0;
  std::vector<int> calendar_years;  // ascending: every year whose arrangement was consulted

  // The unified case's `deadlines` group; every instant RFC 3339 with +08:00.
  boost::json::object to_json() const;
};

// "working_days", "calendar_days", "hours": also the JSON member carrying the amount.
const char* unit_name(deadline_unit unit) noexcept;

}  // namespace casegw::policy
