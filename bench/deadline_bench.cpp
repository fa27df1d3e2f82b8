// Deadline computations per second on the shipped calendar: every forwarded case needs one, so
// this is on the intake hot path. Run by hand: ./deadline_bench [seconds]
#include "policy/deadline_calculator.hpp"
#include "policy/shanghai_time.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

using namespace casegw;
using steady = std::chrono::steady_clock;

// Submission instants spread over 2019-01-10 .. 2026-11-15 every 7 h 13 min, in two offsets;
// the range leaves room for the latest extended due date before the calendar ends (2026).
std::vector<time::instant> submission_instants() {
  const std::int64_t first = (policy::civil_day::from_ymd(2019, 1, 10).days_since_epoch) * 86'400'000;
  const std::int64_t last = (policy::civil_day::from_ymd(2026, 11, 15).days_since_epoch) * 86'400'000;
  std::vector<time::instant> out;
  int i = 0;
  for (std::int64_t ms = first; ms < last; ms += (7 * 60 + 13) * 60'000, ++i) {
    out.push_back(time::instant{ms, i % 2 == 0 ? 480 : 0});
  }
  return out;
}

std::vector<policy::deadline_rule> rules() {
  using policy::deadline_unit;
  return {
      {"platform.consultation", deadline_unit::working_days, 5, "咨询类 5 个工作日", false},
      {"platform.non_consultation", deadline_unit::working_days, 15, "非咨询类 15 个工作日", false},
      {"platform.supervised", deadline_unit::working_days, 10, "挂牌督办件 10 个工作日", false},
      {"channel.calendar", deadline_unit::calendar_days, 7, "7 个自然日", false},
      {"channel.urgent", deadline_unit::hours, 24, "24 小时", false},
  };
}

}  // namespace

int main(int argc, char** argv) {
  const double seconds = argc > 1 ? std::atof(argv[1]) : 2.0;
  const auto calendar = policy::holiday_calendar::load(CASEGW_SHIPPED_CALENDAR_DIR);
  const policy::deadline_calculator calculator(calendar);
  const std::vector<time::instant> instants = submission_instants();
  const std::vector<policy::deadline_rule> all_rules = rules();

  std::printf("deadline_bench: %zu submission instants x %zu rules, calendar %s\n", instants.size(),
              all_rules.size(), calendar.id().c_str());
  for (const auto& rule : all_rules) {
    std::uint64_t computed = 0;
    std::int64_t checksum = 0;  // keeps the optimizer from dropping the work
    const auto start = steady::now();
    auto elapsed = steady::duration::zero();
    while (elapsed < std::chrono::duration<double>(seconds)) {
      for (const auto& submitted : instants) {
        const policy::deadline_result result = calculator.compute(rule, submitted);
        checksum += result.due_at_ms + result.extension_max_due_at_ms + result.transfer_request_by_ms;
        ++computed;
      }
      elapsed = steady::now() - start;
    }
    const double secs = std::chrono::duration<double>(elapsed).count();
    std::printf("  %-28s %10.0f computations/s  (%llu in %.2f s, checksum %lld)\n", rule.id.c_str(),
                static_cast<double>(computed) / secs, static_cast<unsigned long long>(computed), secs,
                static_cast<long long>(checksum % 1000));
  }
  return 0;
}
