// Finds and loads the plugins the configured channels name, once each, and refuses two
// plugins that claim the same name (nginx, OBS and Envoy all do).
#pragma once

#include "plugin_host/plugin_loader.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace casegw::plugin_host {

class plugin_registry {
 public:
  explicit plugin_registry(std::vector<std::filesystem::path> search_directories);

  // The file for an adapter name: <dir>/libcasegw_<adapter>.so in the first directory that has it.
  // Throws plugin_load_error listing the directories searched when none has it.
  std::filesystem::path locate(const std::string& adapter) const;

  // Loads (or returns the already loaded) plugin from a file; throws plugin_load_error.
  std::shared_ptr<const loaded_plugin> load(const std::filesystem::path& file);

  std::vector<std::shared_ptr<const loaded_plugin>> loaded() const;

 private:
  std::vector<std::filesystem::path> directories_;
  std::map<std::string, std::shared_ptr<const loaded_plugin>> by_file_;
  std::map<std::string, std::shared_ptr<const loaded_plugin>> by_name_;
};

}  // namespace casegw::plugin_host
