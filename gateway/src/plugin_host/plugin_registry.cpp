#include "plugin_host/plugin_registry.hpp"

namespace casegw::plugin_host {

plugin_registry::plugin_registry(std::vector<std::filesystem::path> search_directories)
    : directories_(std::move(search_directories)) {}

std::filesystem::path plugin_registry::locate(const std::string& adapter) const {
  const std::string file_name = "libcasegw_" + adapter + ".so";
  std::string searched;
  for (const auto& dir : directories_) {
    const auto candidate = dir / file_name;
    if (std::filesystem::exists(candidate)) return candidate;
    searched += (searched.empty() ? "" : ", ") + dir.string();
  }
  throw plugin_load_error("plugin '" + adapter + "': no " + file_name + " in " +
                          (searched.empty() ? std::string("(no plugin directories configured)") : searched));
}

std::shared_ptr<const loaded_plugin> plugin_registry::load(const std::filesystem::path& file) {
  std::error_code ec;
  const auto canonical = std::filesystem::weakly_canonical(file, ec);
  const std::string key = (ec ? file : canonical).string();
  if (auto it = by_file_.find(key); it != by_file_.end()) return it->second;

  auto plugin = load_plugin(file);
  if (auto it = by_name_.find(plugin->name); it != by_name_.end())
    throw plugin_load_error("plugin '" + file.string() + "': its name '" + plugin->name + "' is already taken by " +
                            it->second->file);
  by_file_.emplace(key, plugin);
  by_name_.emplace(plugin->name, plugin);
  return plugin;
}

std::vector<std::shared_ptr<const loaded_plugin>> plugin_registry::loaded() const {
  std::vector<std::shared_ptr<const loaded_plugin>> out;
  for (const auto& [name, plugin] : by_name_) out.push_back(plugin);
  return out;
}

}  // namespace casegw::plugin_host
