#include "policy/holiday_calendar.hpp"

namespace casegw::policy {
namespace {

std::string join_problems(const std::vector<std::string>& problems) {
  std::string text = "holiday calendar cannot be loaded:";
  for (const auto& problem : problems) text += "\n  " + problem;
  return text;
}

std::vector<std::string> coverage_problems(const holiday_data_reading& reading) {
  std::vector<std::string> problems = reading.problems;
  // Only worth saying when no file problem already explains it.
  if (problems.empty() && reading.data.national_years.empty()) {
    problems.push_back("(calendar): no national YYYY.json file, so no year is covered");
  }
  return problems;
}

std::string describe_years(const std::vector<int>& years) {
  std::string text;
  for (std::size_t i = 0; i < years.size();) {
    std::size_t j = i;
    while (j + 1 < years.size() && years[j + 1] == years[j] + 1) ++j;
    if (!text.empty()) text += ", ";
    text += std::to_string(years[i]);
    if (j > i) text += "\u2013" + std::to_string(years[j]);
    i = j + 1;
  }
  return text;
}

}  // namespace

calendar_load_error::calendar_load_error(std::vector<std::string> problems)
    : std::runtime_error(join_problems(problems)), problems_(std::move(problems)) {}

holiday_calendar holiday_calendar::load(const std::filesystem::path& directory) {
  holiday_data_reading reading = read_holiday_directory(directory);
  std::vector<std::string> problems = coverage_problems(reading);
  if (!problems.empty()) throw calendar_load_error(std::move(problems));
  return holiday_calendar(std::move(reading.data));
}

std::vector<std::string> holiday_calendar::check(const std::filesystem::path& directory) {
  return coverage_problems(read_holiday_directory(directory));
}

holiday_calendar holiday_calendar::from_files(std::vector<holiday_file> files) {
  holiday_data_reading reading = merge_holiday_files(std::move(files));
  std::vector<std::string> problems = coverage_problems(reading);
  if (!problems.empty()) throw calendar_load_error(std::move(problems));
  return holiday_calendar(std::move(reading.data));
}

holiday_calendar::holiday_calendar(holiday_data data) : data_(std::move(data)) {
  const int first = data_.national_years.front();
  const int last = data_.national_years.back();
  covered_.assign(static_cast<std::size_t>(last - first + 1), false);
  for (const int year : data_.national_years) covered_[static_cast<std::size_t>(year - first)] = true;

  index_ = working_day_index(first, last, [this](civil_day day) {
    const calendar_entry* entry = entry_for(day);
    return entry != nullptr ? !entry->is_off_day : !day.is_weekend();
  });
  id_ = "holidays-cn " + describe_years(data_.national_years);
  if (!data_.override_files.empty()) id_ += " + local overrides";
}

bool holiday_calendar::covers(int year) const noexcept {
  const int first = data_.national_years.front();
  if (year < first || year > data_.national_years.back()) return false;
  return covered_[static_cast<std::size_t>(year - first)];
}

const calendar_entry* holiday_calendar::entry_for(civil_day day) const {
  const auto it = data_.entries.find(day);
  return it == data_.entries.end() ? nullptr : &it->second;
}

void holiday_calendar::require_covered(int year) const {
  if (!covers(year)) throw calendar_gap(year);
}

// The first year from `year` on (step +1) or back (step -1) that is not covered.
int holiday_calendar::first_uncovered_from(int year, int step) const noexcept {
  while (covers(year)) year += step;
  return year;
}

bool holiday_calendar::is_working_day(civil_day day) const {
  require_covered(day.year());
  return index_.is_working(day);
}

civil_day holiday_calendar::add_working_days(civil_day from, std::int64_t n) const {
  if (n == 0) return from;
  const int step = n > 0 ? 1 : -1;
  // The walk starts on the day next to `from`; `from` itself is never consulted.
  const int start_year = (from + step).year();
  require_covered(start_year);
  const std::optional<civil_day> found = n > 0 ? index_.nth_after(from, n) : index_.nth_before(from, -n);
  const int gap = first_uncovered_from(start_year, step);
  // Beyond the index, or across a year missing between two covered ones: refuse either way.
  if (!found || (step > 0 ? found->year() >= gap : found->year() <= gap)) throw calendar_gap(gap);
  return *found;
}

}  // namespace casegw::policy
