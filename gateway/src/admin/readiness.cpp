#include "admin/readiness.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <charconv>

namespace casegw::admin {
namespace {

bool covers(const readiness_facts& facts, int year) {
  return std::find(facts.calendar_years.begin(), facts.calendar_years.end(), year) != facts.calendar_years.end();
}

std::optional<unsigned> two_digits(std::string_view text) {
  unsigned value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.size() != 2 || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

readiness_check store_check(const readiness_facts& facts) {
  if (facts.store_writable) return {"store_writable", check_status::pass, "the store takes cases"};
  return {"store_writable", check_status::fail,
          "the store refuses cases (it failed, or its backlog is over store.high_water_pending); see the gateway log"};
}

readiness_check plugins_check(const readiness_facts& facts) {
  std::string missing;
  std::size_t enabled = 0;
  for (const auto& c : facts.channels) {
    if (!c.enabled) continue;
    ++enabled;
    if (!c.plugin_loaded) missing += (missing.empty() ? "" : ", ") + c.channel;
  }
  if (facts.channels.empty()) return {"plugins_loaded", check_status::fail, "no channel is configured"};
  if (!missing.empty()) return {"plugins_loaded", check_status::fail, "no adapter plugin loaded for: " + missing};
  return {"plugins_loaded", check_status::pass,
          std::to_string(enabled) + " enabled channel(s), each with its adapter plugin loaded"};
}

readiness_check this_year_check(const readiness_facts& facts) {
  const int year = facts.today.year();
  if (covers(facts, year)) return {"calendar_this_year", check_status::pass, std::to_string(year) + " is covered"};
  return {"calendar_this_year", check_status::fail,
          "the holiday calendar does not cover " + std::to_string(year) + ": no deadline can be computed; add " +
              std::to_string(year) + ".json to the calendar directory"};
}

readiness_check next_year_check(const readiness_facts& facts) {
  const int year = facts.today.year() + 1;
  const std::string next = std::to_string(year);
  if (covers(facts, year)) return {"calendar_next_year", check_status::pass, next + " is covered"};
  const auto due = parse_month_day(facts.next_year_calendar_due);
  if (!due)
    return {"calendar_next_year", check_status::pending,
            next + " is not covered yet; add " + next + ".json once published (next_year_calendar_due: never)"};
  const auto due_day = policy::civil_day::from_ymd(facts.today.year(), due->month, due->day);
  const std::string due_text = policy::format_iso_date(due_day);
  if (facts.today < due_day)
    return {"calendar_next_year", check_status::pending,
            next + " is not covered yet; add " + next + ".json once published: /readyz fails from " + due_text};
  return {"calendar_next_year", check_status::fail,
          next + " is not covered, and next_year_calendar_due (" + due_text + ") has passed: add " + next + ".json"};
}

}  // namespace

std::string_view status_name(check_status status) noexcept {
  switch (status) {
    case check_status::pass: return "pass";
    case check_status::pending: return "pending";
    case check_status::fail: break;
  }
  return "fail";
}

bool readiness_report::ready() const noexcept {
  return std::none_of(checks.begin(), checks.end(), [](const readiness_check& c) { return c.status == check_status::fail; });
}

std::optional<month_day> parse_month_day(std::string_view text) {
  if (text.size() != 5 || text[2] != '-') return std::nullopt;
  const auto month = two_digits(text.substr(0, 2));
  const auto day = two_digits(text.substr(3, 2));
  constexpr unsigned longest[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (!month || !day || *month < 1 || *month > 12 || *day < 1 || *day > longest[*month - 1]) return std::nullopt;
  return month_day{*month, *day};
}

readiness_report assess_readiness(const readiness_facts& facts) {
  return {{store_check(facts), plugins_check(facts), this_year_check(facts), next_year_check(facts)}};
}

boost::json::value readiness_json(const readiness_report& report) {
  boost::json::array checks;
  for (const auto& c : report.checks)
    checks.push_back(boost::json::object{{"name", c.name}, {"status", status_name(c.status)}, {"detail", c.detail}});
  return boost::json::object{{"status", report.ready() ? "ready" : "not_ready"}, {"checks", std::move(checks)}};
}

}  // namespace casegw::admin
