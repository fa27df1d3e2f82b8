#include "app/policy_commands.hpp"

#include "app/startup.hpp"
#include "policy/case_classification.hpp"
#include "policy/deadline_calculator.hpp"
#include "policy/shanghai_time.hpp"
#include "time/rfc3339.hpp"

#include <boost/json.hpp>

#include <charconv>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>

namespace casegw::app {
namespace {

// A refusal with a sentence for the operator; exit code 1 (bad input) or 2 (usage).
struct command_error : std::runtime_error {
  command_error(int code, const std::string& what) : std::runtime_error(what), exit_code(code) {}
  int exit_code;
};

std::optional<std::string> option(const std::vector<std::string_view>& args, std::string_view name) {
  for (std::size_t i = 0; i + 1 < args.size(); ++i)
    if (args[i] == name) return std::string(args[i + 1]);
  return std::nullopt;
}

std::string required(const std::vector<std::string_view>& args, std::string_view name) {
  auto value = option(args, name);
  if (!value || value->empty()) throw command_error(2, std::string(name) + " is required");
  return *value;
}

// Arguments that are not options nor option values: the calendar's operation and its operands.
std::vector<std::string> operands(const std::vector<std::string_view>& args) {
  std::vector<std::string> out;
  for (std::size_t i = 1; i < args.size(); ++i) {
    if (args[i].starts_with("--")) {
      ++i;
      continue;
    }
    out.emplace_back(args[i]);
  }
  return out;
}

time::instant instant_argument(std::string_view name, const std::string& text) {
  const auto parsed = time::parse_rfc3339(text);
  if (!parsed)
    throw command_error(1, std::string(name) + " must be an ISO 8601 time with offset, e.g. 2021-09-30T10:00:00+08:00");
  return *parsed;
}

policy::civil_day date_argument(const std::string& text) {
  const auto day = policy::parse_iso_date(text);
  if (!day) throw command_error(1, "'" + text + "' is not a date of the form YYYY-MM-DD");
  return *day;
}

std::shared_ptr<const policy::policy_set> policy_of(const std::vector<std::string_view>& args) {
  const auto file = required(args, "--config");
  auto loaded = load_policy(file);
  if (!loaded.problems.empty()) {
    std::string text;
    for (const auto& p : loaded.problems) text += p.to_string() + "\n";
    throw command_error(1, text + file + ": the policy configuration is not usable");
  }
  return loaded.policy;
}

void print(const boost::json::value& value) { std::cout << boost::json::serialize(value) << '\n'; }

template <typename Body>
int guarded(Body body) {
  try {
    body();
    return 0;
  } catch (const command_error& e) {
    std::cerr << "casegw: " << e.what() << '\n';
    return e.exit_code;
  } catch (const std::exception& e) {  // calendar_gap, unknown channel/kind/label: bad input
    std::cerr << "casegw: " << e.what() << '\n';
    return 1;
  }
}

}  // namespace

int deadline_command(const std::vector<std::string_view>& args) {
  return guarded([&] {
    const auto policy = policy_of(args);
    const auto channel = required(args, "--channel");
    const auto kind = required(args, "--kind");
    const auto klass = option(args, "--class").value_or("");
    const auto submitted = instant_argument("--submitted", required(args, "--submitted"));
    std::optional<time::instant> assigned_due;
    if (auto text = option(args, "--assigned-due")) assigned_due = instant_argument("--assigned-due", *text);
    const auto& rule = policy->deadlines.rule_for(channel, kind, klass);
    print(policy::deadline_calculator(policy->calendar).compute(rule, submitted, assigned_due).to_json());
  });
}

int calendar_command(const std::vector<std::string_view>& args) {
  return guarded([&] {
    const auto policy = policy_of(args);
    const auto ops = operands(args);
    if (ops.size() == 2 && ops[0] == "is-working-day") {
      const auto day = date_argument(ops[1]);
      print(boost::json::object{{"date", policy::format_iso_date(day)},
                                {"working_day", policy->calendar.is_working_day(day)},
                                {"calendar", policy->calendar.id()}});
      return;
    }
    if (ops.size() == 3 && ops[0] == "add-working-days") {
      const auto day = date_argument(ops[1]);
      std::int64_t n = 0;
      const auto [end, ec] = std::from_chars(ops[2].data(), ops[2].data() + ops[2].size(), n);
      if (ec != std::errc() || end != ops[2].data() + ops[2].size())
        throw command_error(1, "'" + ops[2] + "' is not a whole number of working days");
      print(boost::json::object{{"date", policy::format_iso_date(day)},
                                {"working_days", n},
                                {"result", policy::format_iso_date(policy->calendar.add_working_days(day, n))},
                                {"calendar", policy->calendar.id()}});
      return;
    }
    throw command_error(2, "calendar takes is-working-day DATE or add-working-days DATE N");
  });
}

int evaluation_command(const std::vector<std::string_view>& args) {
  return guarded([&] {
    const auto policy = policy_of(args);
    const auto channel = required(args, "--channel");
    const auto label = required(args, "--value");
    std::optional<time::instant> due, resolved;
    if (auto text = option(args, "--due")) due = instant_argument("--due", *text);
    if (auto text = option(args, "--resolved")) resolved = instant_argument("--resolved", *text);
    print(policy->evaluation.normalize(channel, label, due, resolved).to_json());
  });
}

}  // namespace casegw::app
