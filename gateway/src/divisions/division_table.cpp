#include "divisions/division_table.hpp"

namespace casegw::divisions {

namespace {

// At most 12 digits (< 2^40) and the width in the low 4 bits: "50" and "000050" stay apart.
std::uint64_t key_of(std::string_view digits) noexcept {
  std::uint64_t value = 0;
  for (const char c : digits) value = value * 10 + static_cast<std::uint64_t>(c - '0');
  return value << 4 | digits.size();
}

// GB/T 2260 spelling of the higher levels: province 50 -> 500000, prefecture 5001 -> 500100.
std::string full_code(std::string_view statistical_code) {
  std::string code(statistical_code);
  if (code.size() < 6) code.append(6 - code.size(), '0');
  return code;
}

}  // namespace

std::optional<std::uint32_t> division_table::find(std::string_view statistical_code) const noexcept {
  const auto it = index_.find(key_of(statistical_code));
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

std::uint32_t division_table::add(std::string_view statistical_code, std::string name, division_level level,
                                  std::int32_t parent) {
  const auto index = static_cast<std::uint32_t>(nodes_.size());
  nodes_.push_back({full_code(statistical_code), std::move(name), level, parent, false});
  index_.emplace(key_of(statistical_code), index);
  return index;
}

}  // namespace casegw::divisions
