// One mistake found in the division data. Loading never stops at the first problem, so an
// operator who edits the CSV files fixes them in one pass.
#pragma once

#include <string>

namespace casegw::divisions {

struct division_problem {
  std::string file;  // the file's path as the loader opened it
  int line = 0;      // 1-based; 0 when the problem concerns the whole file or directory
  std::string problem;

  // "config/divisions/areas.csv:12: problem", or "config/divisions/areas.csv: problem" for line 0.
  std::string to_string() const;
};

}  // namespace casegw::divisions
