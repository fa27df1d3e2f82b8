// China's administrative divisions as the gateway knows them (config/divisions, docs/divisions.md):
// whether a case's region code names a real place, and the chain of units above it.
//
//   auto [directory, problems] = division_directory::load("config/divisions");
//   if (!directory) for (const auto& p : problems) log(p.to_string());  // "areas.csv:12: ..."
//   directory->known("500111001");      // 大足区龙岗街道: listed
//   directory->resolve("500101001001");  // 重庆市 > 市辖区 > 万州区 > 高笋塘街道 > 东方广场社区居民委员会
//
// Immutable once loaded: every const member is safe to call from any number of threads.
#pragma once

#include "divisions/division_level.hpp"
#include "divisions/division_problem.hpp"
#include "divisions/division_table.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::divisions {

struct division_unit {
  std::string code;  // 6 digits for a province ("500000"), prefecture ("500100") or county; 9 for a town, 12 for a village
  std::string name;  // as published, e.g. "大足区"
  division_level level = division_level::province;
};

// Where a known code lies: the units from its province down as far as the data lists them.
struct division_path {
  std::string code;                  // the code asked about
  division_level level = division_level::county;  // what the code denotes
  std::vector<division_unit> units;  // province first; the last is the lowest listed unit covering the code

  // The lowest listed unit covering the code: the code itself, or, for a town or village of a
  // county whose towns the data does not list, that county (or town). Routing starts here.
  const division_unit& lowest() const noexcept { return units.back(); }
  // The code itself is listed (not only judged by its county or town).
  bool listed() const noexcept { return !units.empty() && units.back().code == code; }
};

struct division_counts {
  std::size_t provinces = 0, prefectures = 0, counties = 0, towns = 0, villages = 0;
  std::size_t counties_with_towns = 0;   // counties whose towns the data lists
  std::size_t towns_with_villages = 0;   // towns whose villages the data lists
};

struct division_load_result;

class division_directory {
 public:
  // Reads every division file of the directory (config/divisions/README.md). Either a directory
  // and no problem, or no directory and every problem found, each "file:line: problem".
  static division_load_result load(const std::filesystem::path& directory);

  // The host API's division_known (sdk/include/casegw/plugin_abi.h):
  //   6 digits   a county-level unit of the data; also a province as PP0000 and a prefecture as
  //              PPCC00 where provinces.csv / cities.csv list them;
  //   9 digits   a listed town when the data lists towns for its county, else known iff its
  //              county (6 digits, county level) is known;
  //   12 digits  a listed village when the data lists villages for its town, else judged by its
  //              town as for 9 digits.
  // Anything else (other lengths, non-digits, fullwidth digits) is false. O(1).
  bool known(std::string_view code) const noexcept;

  // What a known code denotes (county for a 6-digit county, province for "500000", town for
  // any known 9-digit code, ...); nullopt when !known(code).
  std::optional<division_level> level_of(std::string_view code) const noexcept;

  // The chain province -> prefecture -> county -> town -> village with names, as far as the
  // code and the data go; nullopt exactly when !known(code).
  std::optional<division_path> resolve(std::string_view code) const;

  // How many units of each level were loaded, for /readyz and the start-up log.
  const division_counts& counts() const noexcept { return counts_; }

 private:
  division_directory(division_table table, division_counts counts) : table_(std::move(table)), counts_(counts) {}

  // The listed unit a known code rests on (itself, or the county or town it is judged by).
  std::optional<std::uint32_t> anchor_of(std::string_view code) const noexcept;

  division_table table_;
  division_counts counts_;
};

struct division_load_result {
  std::optional<division_directory> directory;
  std::vector<division_problem> problems;
};

}  // namespace casegw::divisions
