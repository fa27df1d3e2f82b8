// A strict reader for the division CSV files (RFC 4180 with one record per line): the header
// row must be exactly the expected column names, every record must have that many fields,
// quoted fields use "" for a quote and may not span lines, and the text must be UTF-8 (a
// leading byte-order mark, as spreadsheet programs write, is skipped; CRLF line ends are
// accepted). A line that breaks a rule is reported and skipped; reading goes on, so one pass
// finds every problem of a file.
#pragma once

#include "divisions/division_problem.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::divisions {

struct csv_record {
  int line = 0;  // 1-based line number in the file
  std::vector<std::string> fields;
};

struct csv_reading {
  std::vector<csv_record> records;         // the data rows that are well-formed, header excluded
  std::vector<division_problem> problems;  // "file:line: ..." each
};

// file names the text in problems. When the header row differs from expected_header, no record
// is returned: the columns of the file cannot be trusted.
csv_reading parse_csv(std::string_view file, std::string_view text, std::span<const std::string_view> expected_header);

}  // namespace casegw::divisions
