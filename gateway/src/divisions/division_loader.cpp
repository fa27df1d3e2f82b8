// division_directory::load: reads the files of a division directory in level order (provinces,
// prefectures, counties, towns, villages) so that every unit's parent is known before it.
#include "divisions/division_csv.hpp"
#include "divisions/division_directory.hpp"
#include "divisions/division_file_kind.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <system_error>

namespace casegw::divisions {

namespace {

struct division_file {
  std::filesystem::path path;
  division_file_kind kind;
};

std::string_view level_name_of_width(std::size_t width) noexcept {
  switch (width) {
    case 2: return "province";
    case 4: return "prefecture";
    case 6: return "county";
    case 9: return "town";
    default: return "village";
  }
}

bool is_code(std::string_view text, std::size_t width) noexcept {
  return text.size() == width && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool has_control_character(std::string_view text) noexcept {
  return std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
}

bool is_space(char c) noexcept { return c == ' ' || c == '\t'; }

class directory_builder {
 public:
  explicit directory_builder(std::vector<division_problem>& problems) : problems_(problems) {}

  void add_file(const division_file& file, std::string_view text) {
    file_names_.push_back(file.path.string());
    const std::string& file_name = file_names_.back();
    csv_reading reading = parse_csv(file_name, text, file.kind.header);
    problems_.insert(problems_.end(), reading.problems.begin(), reading.problems.end());
    table_.reserve(table_.size() + reading.records.size());
    origins_.reserve(origins_.size() + reading.records.size());
    for (csv_record& record : reading.records) add_record(file_name, file.kind, record);
  }

  division_counts counts() const {
    division_counts counts;
    for (std::size_t i = 0; i < table_.size(); ++i) {
      const division_node& node = table_.node(static_cast<std::uint32_t>(i));
      switch (node.level) {
        case division_level::province: ++counts.provinces; break;
        case division_level::prefecture: ++counts.prefectures; break;
        case division_level::county: ++counts.counties; counts.counties_with_towns += node.children_listed; break;
        case division_level::town: ++counts.towns; counts.towns_with_villages += node.children_listed; break;
        case division_level::village: ++counts.villages; break;
      }
    }
    return counts;
  }

  division_table release() { return std::move(table_); }

 private:
  void problem(const std::string& file, int line, std::string what) {
    problems_.push_back({file, line, std::move(what)});
  }

  void add_record(const std::string& file, const division_file_kind& kind, csv_record& record) {
    const std::string& code = record.fields[0];
    if (!is_code(code, kind.code_width)) {
      problem(file, record.line, "code \"" + code + "\" must be " + std::to_string(kind.code_width) + " digits");
      return;
    }
    std::string& name = record.fields[1];
    if (name.empty()) {
      problem(file, record.line, "code " + code + ": the name is empty");
    } else if (has_control_character(name)) {
      problem(file, record.line, "code " + code + ": the name holds a control character");
    } else if (is_space(name.front()) || is_space(name.back())) {
      problem(file, record.line, "code " + code + ": the name begins or ends with a space");
    }
    for (std::size_t column = 2; column < record.fields.size(); ++column) {
      const std::size_t width = kind.prefix_widths[column - 2];
      if (record.fields[column] != std::string_view(code).substr(0, width))
        problem(file, record.line, "code " + code + ": " + std::string(kind.header[column]) + " \"" +
                                       record.fields[column] + "\" must be the code's first " + std::to_string(width) +
                                       " digits");
    }
    std::int32_t parent = -1;
    if (kind.parent_width > 0) {
      const std::string_view parent_code = std::string_view(code).substr(0, kind.parent_width);
      const auto found = table_.find(parent_code);
      if (!found) {
        problem(file, record.line, std::string(to_string(kind.level)) + " " + code + ": its " +
                                       std::string(level_name_of_width(kind.parent_width)) + " " +
                                       std::string(parent_code) + " is not listed");
      } else {
        parent = static_cast<std::int32_t>(*found);
      }
    }
    if (const auto earlier = table_.find(code)) {
      const auto [file_index, line] = origins_[*earlier];
      problem(file, record.line, "code " + code + " is listed twice (first at " + file_names_[file_index] + ":" +
                                     std::to_string(line) + ")");
      return;
    }
    // Added even with a problem in its other columns, so that its children are not reported
    // as orphans as well; the directory is refused as a whole anyway.
    if (parent >= 0) table_.node(static_cast<std::uint32_t>(parent)).children_listed = true;
    table_.add(code, std::move(name), kind.level, parent);
    origins_.push_back({file_names_.size() - 1, record.line});
  }

  std::vector<division_problem>& problems_;
  division_table table_;
  std::vector<std::string> file_names_;                 // of the files added so far
  std::vector<std::pair<std::size_t, int>> origins_;   // per node: file index and line, for duplicates
};

// The division files of the directory in loading order; a *.csv of another name is a problem.
std::vector<division_file> list_files(const std::filesystem::path& directory, std::vector<division_problem>& problems) {
  std::vector<division_file> files;
  std::error_code error;
  std::filesystem::directory_iterator it(directory, error);
  for (; !error && it != std::filesystem::directory_iterator(); it.increment(error)) {
    const std::filesystem::path& path = it->path();
    if (path.extension() != ".csv") continue;
    if (const auto kind = division_file_kind_of(path.filename().string())) {
      files.push_back({path, *kind});
    } else {
      problems.push_back({path.string(), 0, "not a division file name; expected " + std::string(division_file_names)});
    }
  }
  if (error) {
    problems.push_back({directory.string(), 0, "cannot read the division directory: " + error.message()});
    return {};
  }
  for (const std::string_view required : {"provinces.csv", "cities.csv", "areas.csv"}) {
    if (std::none_of(files.begin(), files.end(), [&](const division_file& f) { return f.path.filename() == required; }))
      problems.push_back({(directory / required).string(), 0, "missing: every division directory needs provinces.csv, "
                                                              "cities.csv and areas.csv"});
  }
  std::sort(files.begin(), files.end(), [](const division_file& a, const division_file& b) {
    if (a.kind.level != b.kind.level) return a.kind.level < b.kind.level;
    return a.path.filename() < b.path.filename();
  });
  return files;
}

std::optional<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) return std::nullopt;
  return text;
}

}  // namespace

division_load_result division_directory::load(const std::filesystem::path& directory) {
  division_load_result result;
  const std::vector<division_file> files = list_files(directory, result.problems);
  directory_builder builder(result.problems);
  for (const division_file& file : files) {
    const auto text = read_file(file.path);
    if (!text) {
      result.problems.push_back({file.path.string(), 0, "cannot read the file"});
      continue;
    }
    builder.add_file(file, *text);
  }
  if (result.problems.empty()) {
    const division_counts counts = builder.counts();
    result.directory = division_directory(builder.release(), counts);
  }
  return result;
}

}  // namespace casegw::divisions
