// The files a division directory may hold, and the columns of each (config/divisions/README.md):
//   provinces.csv           code,name                                         2 digits
//   cities.csv              code,name,provinceCode                            4 digits
//   areas.csv               code,name,cityCode,provinceCode                   6 digits
//   streets-<region>.csv    code,name,areaCode,provinceCode,cityCode          9 digits
//   villages-<region>.csv   code,name,streetCode,provinceCode,cityCode,areaCode  12 digits
// Every column after name holds a code of a higher level, which must be the code's own prefix.
#pragma once

#include "divisions/division_level.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace casegw::divisions {

struct division_file_kind {
  division_level level;
  std::size_t code_width;                       // digits of the code column
  std::span<const std::string_view> header;     // the exact header row, column by column
  std::span<const std::size_t> prefix_widths;   // per column after name: the prefix it repeats
  std::size_t parent_width;                     // digits of the parent's code; 0 for provinces
};

// The kind of a file by its name; nullopt for a name a division directory must not hold.
// <region> is one or more of a-z, 0-9 and '-'.
std::optional<division_file_kind> division_file_kind_of(std::string_view file_name) noexcept;

// What an operator may name a file, for messages.
inline constexpr std::string_view division_file_names =
    "provinces.csv, cities.csv, areas.csv, streets-<region>.csv or villages-<region>.csv";

}  // namespace casegw::divisions
