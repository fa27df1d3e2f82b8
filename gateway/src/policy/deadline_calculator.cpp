#include "policy/deadline_calculator.hpp"

#include "policy/shanghai_time.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace casegw::policy {
namespace {

constexpr std::int64_t ms_per_hour = 3'600'000;
constexpr int transfer_request_working_days = 2;  // SPEC §3: 转办/不予受理申请 2 个工作日内
constexpr int co_handler_lead_working_days = 1;   // SPEC §3: 协办单位提前 1 个工作日反馈
constexpr int extension_apply_lead_working_days = 1;

// Records the years a working-day walk passed through, for deadlines.calendar_years. A compute
// makes at most five walks; keeping their year spans inline avoids a set per case (hot path).
class consulted_years {
 public:
  explicit consulted_years(const holiday_calendar& calendar) : calendar_(calendar) {}

  civil_day walk(civil_day from, std::int64_t n) {
    const civil_day found = calendar_.add_working_days(from, n);
    if (n != 0 && count_ < max_walks) {
      spans_[count_++] = n > 0 ? year_span{(from + 1).year(), found.year()}
                               : year_span{found.year(), (from - 1).year()};
    }
    return found;
  }

  std::vector<int> years() const {
    std::vector<int> out;
    int lowest = spans_[0].first, highest = spans_[0].last;
    for (std::size_t i = 1; i < count_; ++i) {
      lowest = std::min(lowest, spans_[i].first);
      highest = std::max(highest, spans_[i].last);
    }
    for (int year = lowest; count_ > 0 && year <= highest; ++year) {
      if (consulted(year)) out.push_back(year);
    }
    return out;
  }

 private:
  struct year_span {
    int first;
    int last;
  };
  static constexpr std::size_t max_walks = 5;

  bool consulted(int year) const noexcept {
    for (std::size_t i = 0; i < count_; ++i) {
      if (year >= spans_[i].first && year <= spans_[i].last) return true;
    }
    return false;
  }

  const holiday_calendar& calendar_;
  std::array<year_span, max_walks> spans_{};
  std::size_t count_ = 0;
};

struct due_date {
  std::int64_t at_ms;
  std::optional<int> amount;
};

due_date due_by_rule(const deadline_rule& rule, const time::instant& submitted, civil_day submitted_day,
                     consulted_years& walker) {
  if (rule.amount <= 0) {
    throw std::invalid_argument("deadline rule " + rule.id + " has amount " + std::to_string(rule.amount) +
                                "; it must be positive");
  }
  switch (rule.unit) {
    case deadline_unit::working_days:
      return {shanghai_end_of_day(walker.walk(submitted_day, rule.amount)), rule.amount};
    case deadline_unit::calendar_days:
      return {shanghai_end_of_day(submitted_day + rule.amount), rule.amount};
    case deadline_unit::hours:
      return {submitted.unix_ms + rule.amount * ms_per_hour, rule.amount};
  }
  throw std::invalid_argument("deadline rule " + rule.id + " has an unknown unit");
}

}  // namespace

deadline_result deadline_calculator::compute(const deadline_rule& rule, const time::instant& submitted,
                                             const std::optional<time::instant>& assigned_due) const {
  consulted_years walker(calendar_);
  const civil_day submitted_day = shanghai_date_of(submitted);

  deadline_result result;
  result.unit = rule.unit;
  result.basis = rule.basis;
  result.calendar = calendar_.id();
  if (rule.assigned_deadline_wins && assigned_due) {
    result.due_at_ms = assigned_due->unix_ms;
    result.assigned = true;
    result.rule = rule.id + ".assigned";
  } else {
    const due_date due = due_by_rule(rule, submitted, submitted_day, walker);
    result.due_at_ms = due.at_ms;
    result.amount = due.amount;
    result.rule = rule.id;
  }

  // "The working day before the due date" is the latest working day strictly before the due
  // date's Shanghai date, whether or not the due date itself is a working day (an assigned,
  // calendar-day or hour deadline can end on a weekend or holiday).
  const civil_day due_day = shanghai_date_of(result.due_at_ms);
  result.extension_apply_by_ms =
      shanghai_end_of_day(walker.walk(due_day, -extension_apply_lead_working_days));
  result.co_handler_due_at_ms = shanghai_end_of_day(walker.walk(due_day, -co_handler_lead_working_days));
  result.extension_max_due_at_ms = shanghai_end_of_day(walker.walk(due_day, extension_max_working_days));
  result.transfer_request_by_ms =
      shanghai_end_of_day(walker.walk(submitted_day, transfer_request_working_days));
  result.calendar_years = walker.years();
  return result;
}

}  // namespace casegw::policy
