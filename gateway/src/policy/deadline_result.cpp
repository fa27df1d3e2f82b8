#include "policy/deadline_result.hpp"

#include "policy/shanghai_time.hpp"

#include <boost/json/array.hpp>

namespace casegw::policy {

const char* unit_name(deadline_unit unit) noexcept {
  switch (unit) {
    case deadline_unit::working_days: return "working_days";
    case deadline_unit::calendar_days: return "calendar_days";
    case deadline_unit::hours: return "hours";
  }
  return "working_days";
}

boost::json::object deadline_result::to_json() const {
  boost::json::object out;
  out["due_at"] = format_shanghai(due_at_ms);
  if (amount) out[unit_name(unit)] = *amount;
  out["rule"] = rule;
  out["basis"] = basis;
  out["calendar"] = calendar;
  out["extension_max_working_days"] = extension_max_working_days;
  out["extension_apply_by"] = format_shanghai(extension_apply_by_ms);
  out["extension_max_due_at"] = format_shanghai(extension_max_due_at_ms);
  out["co_handler_due_at"] = format_shanghai(co_handler_due_at_ms);
  out["transfer_request_by"] = format_shanghai(transfer_request_by_ms);
  boost::json::array years;
  for (const int year : calendar_years) years.emplace_back(year);
  out["calendar_years"] = std::move(years);
  return out;
}

}  // namespace casegw::policy
