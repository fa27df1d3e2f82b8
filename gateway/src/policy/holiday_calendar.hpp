// The working-day calendar of the State Council's holiday arrangements (SPEC §3): a day is a
// working day if it is Monday–Friday and not listed as a holiday, or if it is listed as a
// makeup working day (调休上班). Years without a national file are refused, never guessed.
#pragma once

#include "policy/calendar_gap.hpp"
#include "policy/civil_day.hpp"
#include "policy/holiday_directory.hpp"
#include "policy/working_day_index.hpp"

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace casegw::policy {

// The calendar directory cannot be used; problems() lists every "file: problem" found.
class calendar_load_error : public std::runtime_error {
 public:
  explicit calendar_load_error(std::vector<std::string> problems);
  const std::vector<std::string>& problems() const noexcept { return problems_; }

 private:
  std::vector<std::string> problems_;
};

class holiday_calendar {
 public:
  // Loads every *.json of the directory. Throws calendar_load_error listing all problems.
  static holiday_calendar load(const std::filesystem::path& directory);
  // For check-config: every "file: problem" of the directory; empty when load() would succeed.
  static std::vector<std::string> check(const std::filesystem::path& directory);
  // From already parsed files (tests, tools). Throws calendar_load_error.
  static holiday_calendar from_files(std::vector<holiday_file> files);

  // Year Y is covered iff the national Y.json is present: December of Y is decided by Y's
  // notice even though the next year's file may list some of its dates.
  bool covers(int year) const noexcept;
  const std::vector<int>& covered_years() const noexcept { return data_.national_years; }
  // "holidays-cn 2019–2026", "+ local overrides" when any are loaded.
  const std::string& id() const noexcept { return id_; }
  // The listed entry for a date (holiday, makeup day or override), or nullptr.
  const calendar_entry* entry_for(civil_day day) const;

  // Throws calendar_gap when the day's year is not covered.
  bool is_working_day(civil_day day) const;
  // n > 0: the nth working day after `from`, not counting `from` itself (SPEC §3 counting).
  // n < 0: the |n|th working day before `from`, not counting `from`. n == 0: `from`.
  // Throws calendar_gap naming the first uncovered year the walk reaches.
  civil_day add_working_days(civil_day from, std::int64_t n) const;

 private:
  explicit holiday_calendar(holiday_data data);
  void require_covered(int year) const;
  int first_uncovered_from(int year, int step) const noexcept;

  holiday_data data_;
  std::vector<bool> covered_;  // indexed by year - covered_years().front()
  working_day_index index_;
  std::string id_;
};

}  // namespace casegw::policy
