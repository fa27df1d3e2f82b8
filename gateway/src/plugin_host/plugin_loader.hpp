// Loads one plugin file and refuses, before running any of its code but the entry function,
// anything this gateway cannot safely use. Messages name the file and what to rebuild against.
#pragma once

#include "plugin_host/loaded_plugin.hpp"

#include <filesystem>
#include <memory>
#include <stdexcept>

namespace casegw::plugin_host {

class plugin_load_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

std::shared_ptr<const loaded_plugin> load_plugin(const std::filesystem::path& file);

}  // namespace casegw::plugin_host
