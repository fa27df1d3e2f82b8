// One holiday-arrangement file in the holidays-cn format (upstream NateScarlet/holiday-cn):
// {"year": 2024, "papers": [...], "days": [{"name", "date", "isOffDay"}, ...]}.
// A national file is named YYYY.json after its notice year; a local override is local-*.json.
#pragma once

#include "policy/civil_day.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::policy {

enum class holiday_file_kind { national, local_override };

struct holiday_file_entry {
  civil_day date;
  std::string name;   // e.g. "国庆节"; for a makeup working day, the holiday it compensates
  bool is_off_day = false;
};

struct holiday_file {
  std::string file_name;  // as in the directory, for messages
  holiday_file_kind kind = holiday_file_kind::national;
  int year = 0;           // the notice year
  std::vector<holiday_file_entry> entries;
};

struct holiday_file_reading {
  holiday_file file;
  std::vector<std::string> problems;  // "2024.json: ..." each; empty when the file is usable
};

// Which kind a file name denotes, or nothing for a name the calendar directory must not hold.
std::optional<holiday_file_kind> holiday_file_kind_of(std::string_view file_name);

// Parses and checks one file's text. Collects every problem rather than stopping at the first,
// so check-config can report a whole broken file at once.
holiday_file_reading parse_holiday_file(std::string_view file_name, std::string_view text);

holiday_file_reading read_holiday_file(const std::filesystem::path& path);

}  // namespace casegw::policy
