#include "policy/holiday_directory.hpp"

#include <algorithm>
#include <system_error>

namespace casegw::policy {
namespace {

void add_files_of_kind(holiday_file_kind kind, std::vector<holiday_file>& files, holiday_data_reading& out) {
  // Same-kind duplicates are ambiguous (which notice is right?); remember who listed a date first.
  std::map<civil_day, std::string> listed_by;
  for (holiday_file& file : files) {
    if (file.kind != kind) continue;
    for (holiday_file_entry& entry : file.entries) {
      const auto [it, fresh] = listed_by.emplace(entry.date, file.file_name);
      if (!fresh) {
        out.problems.push_back(file.file_name + ": " + format_iso_date(entry.date) + " is also listed in " +
                               it->second);
        continue;
      }
      out.data.entries[entry.date] = calendar_entry{std::move(entry.name), entry.is_off_day, file.file_name,
                                                    kind == holiday_file_kind::local_override};
    }
    if (kind == holiday_file_kind::national) {
      out.data.national_years.push_back(file.year);
    } else {
      out.data.override_files.push_back(file.file_name);
    }
  }
}

}  // namespace

holiday_data_reading merge_holiday_files(std::vector<holiday_file> files) {
  holiday_data_reading out;
  add_files_of_kind(holiday_file_kind::national, files, out);
  add_files_of_kind(holiday_file_kind::local_override, files, out);
  std::sort(out.data.national_years.begin(), out.data.national_years.end());
  return out;
}

holiday_data_reading read_holiday_directory(const std::filesystem::path& directory) {
  std::error_code error;
  std::vector<std::filesystem::path> paths;
  for (const auto& item : std::filesystem::directory_iterator(directory, error)) {
    if (item.path().extension() == ".json") paths.push_back(item.path());
  }
  if (error) {
    holiday_data_reading out;
    out.problems.push_back(directory.string() + ": cannot list the calendar directory: " + error.message());
    return out;
  }
  std::sort(paths.begin(), paths.end());

  std::vector<holiday_file> files;
  std::vector<std::string> problems;
  for (const auto& path : paths) {
    holiday_file_reading reading = read_holiday_file(path);
    if (reading.problems.empty()) {
      files.push_back(std::move(reading.file));
    } else {
      problems.insert(problems.end(), reading.problems.begin(), reading.problems.end());
    }
  }
  holiday_data_reading out = merge_holiday_files(std::move(files));
  problems.insert(problems.end(), out.problems.begin(), out.problems.end());
  out.problems = std::move(problems);
  return out;
}

}  // namespace casegw::policy
