#include "policy/holiday_file.hpp"

#include <boost/json.hpp>

#include <fstream>
#include <iterator>
#include <optional>
#include <set>

namespace casegw::policy {
namespace {

namespace json = boost::json;

bool is_national_name(std::string_view name) {
  if (name.size() != 9 || name.substr(4) != ".json") return false;
  for (std::size_t i = 0; i < 4; ++i) {
    if (name[i] < '0' || name[i] > '9') return false;
  }
  return true;
}

bool is_override_name(std::string_view name) {
  return name.size() > 11 && name.starts_with("local-") && name.ends_with(".json");
}

// Local overrides change national dates for this deployment only; their names must make that
// visible to whoever reads a deadline's explanation.
bool names_itself_local(std::string_view name) {
  return name.find("本地") != std::string_view::npos || name.find("local") != std::string_view::npos ||
         name.find("Local") != std::string_view::npos;
}

// A notice for year Y may also list dates of December Y-1 (e.g. 2019.json holds 2018-12-29..31).
bool belongs_to_notice_year(civil_day day, int notice_year) {
  const time::civil_date date = day.date();
  return date.year == notice_year || (date.year == notice_year - 1 && date.month == 12);
}

class file_checker {
 public:
  explicit file_checker(holiday_file_reading& reading) : reading_(reading) {}

  void problem(const std::string& what) { reading_.problems.push_back(reading_.file.file_name + ": " + what); }

  void read_year(const json::object& root) {
    const json::value* year = root.if_contains("year");
    if (year == nullptr || !year->is_int64()) {
      problem("\"year\" must be an integer (the notice year)");
      return;
    }
    reading_.file.year = static_cast<int>(year->as_int64());
    if (reading_.file.kind == holiday_file_kind::national &&
        reading_.file.file_name.substr(0, 4) != std::to_string(reading_.file.year)) {
      problem("\"year\" is " + std::to_string(reading_.file.year) + " but the file name says " +
              reading_.file.file_name.substr(0, 4));
    }
  }

  void read_days(const json::object& root) {
    const json::value* days = root.if_contains("days");
    if (days == nullptr || !days->is_array()) {
      problem("\"days\" must be an array");
      return;
    }
    std::set<civil_day> seen;
    std::size_t index = 0;
    for (const json::value& item : days->as_array()) {
      read_entry(item, "days[" + std::to_string(index++) + "]", seen);
    }
  }

 private:
  void read_entry(const json::value& item, const std::string& where, std::set<civil_day>& seen) {
    const json::object* entry = item.if_object();
    if (entry == nullptr) {
      problem(where + " must be an object");
      return;
    }
    const json::value* name = entry->if_contains("name");
    const json::value* date = entry->if_contains("date");
    const json::value* off = entry->if_contains("isOffDay");
    if (name == nullptr || !name->is_string() || name->as_string().empty()) {
      problem(where + ".name must be a non-empty string");
      return;
    }
    if (off == nullptr || !off->is_bool()) {
      problem(where + ".isOffDay must be true or false");
      return;
    }
    const std::optional<civil_day> day =
        date != nullptr && date->is_string() ? parse_iso_date(date->as_string()) : std::nullopt;
    if (!day) {
      problem(where + ".date must be a real date YYYY-MM-DD, got " +
              (date != nullptr ? json::serialize(*date) : std::string("nothing")));
      return;
    }
    const std::string label = format_iso_date(*day);
    if (reading_.file.year != 0 && !belongs_to_notice_year(*day, reading_.file.year)) {
      problem(label + " is outside notice year " + std::to_string(reading_.file.year) +
              " (only that year and the December before it)");
      return;
    }
    if (!seen.insert(*day).second) {
      problem(label + " is listed twice");
      return;
    }
    const std::string_view name_text(name->as_string().data(), name->as_string().size());
    if (reading_.file.kind == holiday_file_kind::local_override && !names_itself_local(name_text)) {
      problem(label + ": a local override's name must say it is local (contain \"本地\" or \"local\")");
      return;
    }
    reading_.file.entries.push_back({*day, std::string(name_text), off->as_bool()});
  }

  holiday_file_reading& reading_;
};

}  // namespace

std::optional<holiday_file_kind> holiday_file_kind_of(std::string_view file_name) {
  if (is_national_name(file_name)) return holiday_file_kind::national;
  if (is_override_name(file_name)) return holiday_file_kind::local_override;
  return std::nullopt;
}

holiday_file_reading parse_holiday_file(std::string_view file_name, std::string_view text) {
  holiday_file_reading reading;
  reading.file.file_name = std::string(file_name);
  file_checker checker(reading);
  const std::optional<holiday_file_kind> kind = holiday_file_kind_of(file_name);
  if (!kind) {
    checker.problem("not a calendar file name: use YYYY.json (national) or local-*.json (override)");
    return reading;
  }
  reading.file.kind = *kind;

  boost::system::error_code error;
  const json::value root = json::parse(text, error);
  if (error) {
    checker.problem("not valid JSON: " + error.message());
    return reading;
  }
  if (!root.is_object()) {
    checker.problem("must be a JSON object");
    return reading;
  }
  checker.read_year(root.as_object());
  checker.read_days(root.as_object());
  return reading;
}

holiday_file_reading read_holiday_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    holiday_file_reading reading;
    reading.file.file_name = path.filename().string();
    reading.problems.push_back(reading.file.file_name + ": cannot be read");
    return reading;
  }
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  return parse_holiday_file(path.filename().string(), text);
}

}  // namespace casegw::policy
