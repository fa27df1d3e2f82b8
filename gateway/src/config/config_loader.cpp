// Loads config/gateway.yaml-shaped files: parse, read every section (each reports its own
// problems), apply the defaults that depend on data_dir, and hand back a configuration only
// when nothing was wrong.
#include "config/config_loader.hpp"

#include "config/config_sections.hpp"
#include "config/load_context.hpp"
#include "config/yaml_map_reader.hpp"

#include <filesystem>

namespace casegw::config {
namespace {

const std::vector<std::string> top_level_keys = {"data_dir", "intake", "admin", "logging", "store",
                                                 "policy", "routing", "plugins", "destinations", "channels"};


void read_sections(const yaml_map_reader& root, gateway_config& config) {
  root.read_path("data_dir", config.data_dir);
  config.intake = read_intake(root);
  config.admin = read_admin(root);
  config.logging = read_logging(root);
  config.store = read_store(root);
  config.policy = read_policy(root);
  config.routing = read_routing(root);
  config.plugin_directories = read_plugin_directories(root);
  config.destinations = read_destinations(root);
  config.channels = read_channels(root, config.destinations, config.intake);
}

// Defaults that live under data_dir, which is itself relative to the file.
void apply_data_dir_defaults(const load_context& context, gateway_config& config) {
  if (config.data_dir.empty()) config.data_dir = context.resolve_path("../var");
  const std::filesystem::path data_dir(config.data_dir);
  if (config.store.path.empty()) config.store.path = (data_dir / "casegw.db").string();
  if (config.admin.audit_log.empty()) config.admin.audit_log = (data_dir / "admin-audit.log").string();
}

}  // namespace

load_result load_config(const std::string& path, key_recorder* recorder) {
  const std::filesystem::path absolute = std::filesystem::absolute(path).lexically_normal();
  load_context context(path, absolute.parent_path());
  context.record_known_keys(recorder);
  load_result result;

  const auto document = parse_yaml_file(path, context, "configuration");
  if (document) {
    gateway_config config;
    config.config_file = absolute.string();
    const yaml_map_reader root(context, *document, "", top_level_keys, context.file_mark());
    read_sections(root, config);
    apply_data_dir_defaults(context, config);
    if (context.problems().empty()) result.config = std::move(config);
  }
  result.problems = context.take_problems();
  return result;
}

}  // namespace casegw::config
