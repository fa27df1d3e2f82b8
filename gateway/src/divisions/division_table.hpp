// The loaded divisions, one node per listed unit, found by code in O(1). Internal to the
// divisions stage: division_directory is the interface.
#pragma once

#include "divisions/division_level.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace casegw::divisions {

struct division_node {
  std::string code;  // 6 digits for a province ("500000"), prefecture ("500100") or county; 9 or 12 below
  std::string name;
  division_level level = division_level::province;
  std::int32_t parent = -1;      // index of the unit above, -1 for a province
  bool children_listed = false;  // county: the data lists its towns; town: its villages
};

class division_table {
 public:
  // statistical_code as the files write it: 2, 4, 6, 9 or 12 ASCII digits (not checked here).
  std::optional<std::uint32_t> find(std::string_view statistical_code) const noexcept;
  // The caller has checked that the code is new.
  std::uint32_t add(std::string_view statistical_code, std::string name, division_level level, std::int32_t parent);

  void reserve(std::size_t units) {
    nodes_.reserve(units);
    index_.reserve(units);
  }

  const division_node& node(std::uint32_t index) const noexcept { return nodes_[index]; }
  division_node& node(std::uint32_t index) noexcept { return nodes_[index]; }
  std::size_t size() const noexcept { return nodes_.size(); }

 private:
  std::vector<division_node> nodes_;
  std::unordered_map<std::uint64_t, std::uint32_t> index_;  // code value and width -> node
};

}  // namespace casegw::divisions
