// Reads config/policy/scope.yaml into a screener. Every problem in the file is reported at
// once as "file:line: key: problem" (config::config_problem), unknown keys included, and a file
// with any problem yields no screener: half a rule set would silently pass cases it should flag.
#pragma once

#include "config/config_loader.hpp"
#include "config/key_recorder.hpp"
#include "screening/scope_screener.hpp"

#include <memory>
#include <string>
#include <vector>

namespace casegw::screening {

struct screening_load_result {
  std::shared_ptr<const scope_screener> screener;  // set only when problems is empty
  std::vector<config::config_problem> problems;
};

// `recorder` collects the keys the loader knows, for the catalogue's test.
screening_load_result load_scope_rules(const std::string& file, config::key_recorder* recorder = nullptr);

}  // namespace casegw::screening
