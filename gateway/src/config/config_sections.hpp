// One reader per top-level section of the configuration file. Each reads its section from the
// root mapping, applies the defaults of gateway_config.hpp and reports every problem it finds
// into the shared load_context; config_loader.cpp runs them in order.
#pragma once

#include "config/gateway_config.hpp"
#include "config/yaml_map_reader.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace casegw::config {

intake_listener_config read_intake(const yaml_map_reader& root);
admin_listener_config read_admin(const yaml_map_reader& root);
logging_config read_logging(const yaml_map_reader& root);
store_config read_store(const yaml_map_reader& root);
policy_config read_policy(const yaml_map_reader& root);
routing_config read_routing(const yaml_map_reader& root);
std::vector<std::string> read_plugin_directories(const yaml_map_reader& root);
std::vector<destination_config> read_destinations(const yaml_map_reader& root);
// Needs the destinations to check that every channel names known ones.
std::vector<channel_config> read_channels(const yaml_map_reader& root, const std::vector<destination_config>& destinations,
                                          const intake_listener_config& intake);
// channels[].pull, when the channel has one (pull_section.cpp).
std::optional<channel_pull_config> read_channel_pull(const yaml_map_reader& channel);

// What an outbound HTTPS client is given, shared by webhook destinations and pulled channels:
// tls: {verify, ca_file, client_certificate, client_key} and headers / header_files.
struct client_tls_fields {
  bool& verify;
  std::string& ca_file;
  std::string& client_certificate_file;
  std::string& client_key_file;
};
void read_client_tls(const yaml_map_reader& parent, client_tls_fields out);
void read_request_headers(const yaml_map_reader& map, std::map<std::string, std::string>& headers,
                          std::map<std::string, std::string>& header_files);

channel_auth_config read_channel_auth(const yaml_map_reader& channel, bool intake_on_loopback,
                                      bool intake_asks_for_certificates);

// Calls read_item(item reader, index) for each mapping in the list at `key`, reporting a value
// that is not a list, and list items that are not mappings.
template <typename ReadItem>
void for_each_list_item(const yaml_map_reader& root, std::string_view key, std::vector<std::string> known_keys,
                        ReadItem read_item) {
  const YAML::Node list = root.node(key);
  if (!list.IsDefined() || list.IsNull()) return;
  if (!list.IsSequence()) {
    root.report(key, "must be a list of mappings (lines starting with '- ')");
    return;
  }
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string path = std::string(key) + "[" + std::to_string(i) + "]";
    if (!list[i].IsMap()) {
      root.context().report(list[i], path, "must be a mapping of keys to values");
      continue;
    }
    read_item(yaml_map_reader(root.context(), list[i], path, known_keys), i);
  }
}

// [a-z][a-z0-9_]{0,63}: channel, destination and adapter names appear in URLs and file names.
bool is_identifier(std::string_view text);

}  // namespace casegw::config
