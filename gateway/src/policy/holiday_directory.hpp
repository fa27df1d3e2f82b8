// Reads the calendar directory (config/calendar/holidays-cn/) and merges its files into one
// date -> entry map: national YYYY.json files first, then local-*.json overrides on top.
#pragma once

#include "policy/civil_day.hpp"
#include "policy/holiday_file.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace casegw::policy {

struct calendar_entry {
  std::string name;
  bool is_off_day = false;
  std::string source_file;  // "2024.json", "local-district.json"
  bool local_override = false;
};

struct holiday_data {
  // Every listed date of every file: files are keyed by notice year and may list dates of the
  // previous December (2019.json holds 2018-12-29..31), so no per-year lookup is possible.
  std::map<civil_day, calendar_entry> entries;
  std::vector<int> national_years;  // ascending notice years of the national files: the coverage
  std::vector<std::string> override_files;
};

struct holiday_data_reading {
  holiday_data data;
  std::vector<std::string> problems;  // "file: problem"; empty when the data is usable
};

// Merges parsed files. Two national files listing the same date, or two overrides listing the
// same date, is a problem; an override listing a national date replaces it.
holiday_data_reading merge_holiday_files(std::vector<holiday_file> files);

// Reads every *.json of the directory (in name order) and merges them.
holiday_data_reading read_holiday_directory(const std::filesystem::path& directory);

}  // namespace casegw::policy
