#include "app/startup.hpp"

#include <unistd.h>

#include <array>

namespace casegw::app {
namespace {

std::filesystem::path executable_directory() {
  std::array<char, 4096> buf{};
  const ssize_t n = ::readlink("/proc/self/exe", buf.data(), buf.size() - 1);
  if (n <= 0) return std::filesystem::current_path();
  return std::filesystem::path(std::string(buf.data(), static_cast<std::size_t>(n))).parent_path();
}

}  // namespace

// Configured directories first, then next to the binary (the build tree: build/plugins), then
// the installed layout (<prefix>/lib/casegw/plugins).
std::vector<std::filesystem::path> plugin_search_path(const config::gateway_config& config) {
  std::vector<std::filesystem::path> dirs(config.plugin_directories.begin(), config.plugin_directories.end());
  const auto exe_dir = executable_directory();
  dirs.push_back(exe_dir / "plugins");
  dirs.push_back(exe_dir.parent_path() / "lib" / "casegw" / "plugins");
  return dirs;
}

loaded_configuration load_configuration(const std::string& config_file) {
  loaded_configuration out;
  auto loaded = config::load_config(config_file);
  if (!loaded.config) {
    out.problems = std::move(loaded.problems);
    return out;
  }
  out.config = std::move(loaded.config);
  out.plugins = std::make_unique<plugin_host::plugin_registry>(plugin_search_path(*out.config));
  auto channels = intake::build_channels(*out.config, *out.plugins);
  out.problems = std::move(channels.problems);
  out.channels = std::move(channels.registry);
  return out;
}

}  // namespace casegw::app
