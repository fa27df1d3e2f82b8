// GET /readyz: may a load balancer send this gateway cases? Each check says pass, pending (a
// warning that does not hold readiness back yet) or fail; the gateway is ready when none fails.
//   store_writable       the store takes cases (not failed, backlog under its high-water mark)
//   plugins_loaded       there are channels, and every enabled one has its adapter plugin
//   calendar_this_year   the holiday calendar covers today's year (Beijing date): without it no
//                        deadline can be computed, so no case can be accepted
//   calendar_next_year   next year is covered; if not: pending before policy.next_year_calendar_due
//                        (MM-DD, the State Council publishes in Oct-Dec), failing from that day
//                        on; "never" keeps it pending
// Pure: the facts are gathered by the caller, so tests choose "today".
#pragma once

#include "policy/civil_day.hpp"

#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::admin {

enum class check_status { pass, pending, fail };

std::string_view status_name(check_status status) noexcept;

struct readiness_check {
  std::string name;
  check_status status = check_status::fail;
  std::string detail;  // for the operator: ids, years and dates only
};

struct readiness_report {
  std::vector<readiness_check> checks;
  bool ready() const noexcept;
};

struct channel_plugin_state {
  std::string channel;
  bool enabled = true;
  bool plugin_loaded = false;
};

struct readiness_facts {
  bool store_writable = false;
  std::vector<channel_plugin_state> channels;
  std::vector<int> calendar_years;  // the years the calendar covers; empty without one
  policy::civil_day today;          // the Beijing date
  std::string next_year_calendar_due = "12-01";  // "MM-DD" or "never"
};

struct month_day {
  unsigned month = 12;
  unsigned day = 1;
};

// "MM-DD" naming a day that exists in some year (02-29 included); nullopt for "never" and
// anything else (the configuration loader has already refused anything else).
std::optional<month_day> parse_month_day(std::string_view text);

readiness_report assess_readiness(const readiness_facts& facts);

// {"status": "ready"|"not_ready", "checks": [{"name", "status", "detail"}, ...]}
boost::json::value readiness_json(const readiness_report& report);

}  // namespace casegw::admin
