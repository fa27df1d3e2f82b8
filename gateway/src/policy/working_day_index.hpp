// Precomputed working days over a span of whole years, so that "the Nth working day after d"
// is two array reads instead of a day-by-day walk: this sits on the hot path of every case.
#pragma once

#include "policy/civil_day.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace casegw::policy {

class working_day_index {
 public:
  working_day_index() = default;
  // Spans 1 January first_year .. 31 December last_year; is_working decides each day once.
  working_day_index(int first_year, int last_year, const std::function<bool(civil_day)>& is_working);

  bool contains(civil_day day) const noexcept { return day >= first_ && day <= last_; }
  // Precondition: contains(day).
  bool is_working(civil_day day) const noexcept { return working_[index_of(day)] != 0; }

  // The nth (n >= 1) working day strictly after `from`; nothing when it lies beyond the span.
  // Precondition: contains(from + 1).
  std::optional<civil_day> nth_after(civil_day from, std::int64_t n) const noexcept;
  // The nth (n >= 1) working day strictly before `from`; nothing when it lies before the span.
  // Precondition: contains(from - 1).
  std::optional<civil_day> nth_before(civil_day from, std::int64_t n) const noexcept;

 private:
  std::size_t index_of(civil_day day) const noexcept { return static_cast<std::size_t>(day - first_); }

  civil_day first_{};
  civil_day last_{};
  std::vector<std::uint8_t> working_;           // per day of the span
  std::vector<std::uint32_t> working_before_;   // working days in [first_, first_ + i), size span + 1
  std::vector<std::uint32_t> working_offsets_;  // offsets from first_ of the working days, ascending
};

}  // namespace casegw::policy
