#include "policy/working_day_index.hpp"

namespace casegw::policy {

working_day_index::working_day_index(int first_year, int last_year,
                                     const std::function<bool(civil_day)>& is_working)
    : first_(civil_day::from_ymd(first_year, 1, 1)), last_(civil_day::from_ymd(last_year, 12, 31)) {
  const auto span = static_cast<std::size_t>(last_ - first_ + 1);
  working_.resize(span);
  working_before_.resize(span + 1);
  working_before_[0] = 0;
  for (std::size_t i = 0; i < span; ++i) {
    const bool working = is_working(first_ + static_cast<std::int64_t>(i));
    working_[i] = working ? 1 : 0;
    working_before_[i + 1] = working_before_[i] + (working ? 1 : 0);
    if (working) working_offsets_.push_back(static_cast<std::uint32_t>(i));
  }
}

std::optional<civil_day> working_day_index::nth_after(civil_day from, std::int64_t n) const noexcept {
  // Working days up to and including `from` are skipped; the one we want is n further on.
  const std::int64_t rank = std::int64_t{working_before_[index_of(from + 1)]} + n - 1;
  if (rank >= static_cast<std::int64_t>(working_offsets_.size())) return std::nullopt;
  return first_ + working_offsets_[static_cast<std::size_t>(rank)];
}

std::optional<civil_day> working_day_index::nth_before(civil_day from, std::int64_t n) const noexcept {
  const std::int64_t rank = std::int64_t{working_before_[index_of(from)]} - n;
  if (rank < 0) return std::nullopt;
  return first_ + working_offsets_[static_cast<std::size_t>(rank)];
}

}  // namespace casegw::policy
