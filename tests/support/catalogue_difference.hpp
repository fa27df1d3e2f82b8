// For the tests that keep a file's key catalogue (config_catalogue.hpp and the routing and
// scope-rule catalogues) in step with its loader: what one side knows and the other does not.
#pragma once

#include "config/config_catalogue.hpp"

#include <set>
#include <string>
#include <vector>

namespace casegw::test_support {

inline std::set<std::string> catalogue_paths(const std::vector<config::catalogue_section>& sections) {
  std::set<std::string> paths;
  for (const auto& section : sections)
    for (const auto& key : section.keys) paths.emplace(key.path);
  return paths;
}

// "" when both name the same keys, else both lists of differences, for a failure message.
inline std::string catalogue_difference(const std::set<std::string>& catalogue, const std::set<std::string>& loader) {
  std::string missing, unknown;
  for (const auto& key : loader)
    if (!catalogue.contains(key)) missing += "\n  " + key;
  for (const auto& key : catalogue)
    if (!loader.contains(key)) unknown += "\n  " + key;
  if (missing.empty() && unknown.empty()) return {};
  return "known to the loader, missing from the catalogue:" + missing + "\nin the catalogue, unknown to the loader:" +
         unknown + "\n(then regenerate docs/config-reference.md: make config-reference)";
}

}  // namespace casegw::test_support
