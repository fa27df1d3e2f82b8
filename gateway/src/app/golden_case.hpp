// One golden case of the conformance kit (docs/writing-a-plugin.md, "Golden cases"):
//   <name>.http            header lines "Name: value", one empty line, then the body bytes exactly
//   <name>.expected.json   {"case": {...adapter part...}} or {"error": {"code": "...", "field": "..."}}
#pragma once

#include <boost/json/value.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace casegw::app {

struct golden_expectation {
  std::optional<boost::json::value> adapter_part;  // {"case": ...}
  std::string error_code;                          // {"error": {"code": ...}}
  std::optional<std::string> error_field;          // compared only when given
};

struct golden_case {
  std::string name;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  golden_expectation expected;
};

struct golden_load_result {
  std::vector<golden_case> cases;     // sorted by name
  std::vector<std::string> problems;  // "file: problem" for every unreadable or malformed file
};

// Every <name>.http in the directory with its <name>.expected.json.
golden_load_result load_golden_cases(const std::filesystem::path& directory);

}  // namespace casegw::app
