// The host API's division check (ABI 1.1 division_known) backed by the official division data
// (config/divisions, docs/divisions.md), for the gateway and for the conformance kit.
#pragma once

#include "divisions/division_directory.hpp"
#include "plugin_host/adapter_instance.hpp"

#include <memory>

#include <optional>
#include <string>

namespace casegw::app {

// An empty directory gives an empty check (every well-formed code passes). Problems with the
// data are printed to standard error and give nullopt.
std::optional<plugin_host::division_check> load_division_check(const std::string& directory);

plugin_host::division_check division_check_of(std::shared_ptr<const divisions::division_directory> data);

}  // namespace casegw::app
