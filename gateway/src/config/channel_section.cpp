// channels: — one entry per upstream platform, each handled by an adapter plugin.
#include "config/config_sections.hpp"

#include "config/channel_settings.hpp"
#include "config/closest_name.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace casegw::config {
namespace {

constexpr std::int64_t max_body_bytes = std::int64_t{1} << 30;

const std::vector<std::string> channel_keys = {"id",         "adapter",      "plugin_file", "enabled", "body_bytes",
                                               "media_types", "destinations", "settings",    "auth",
                                               "pull"};

// 127.0.0.0/8 and ::1: where an unauthenticated channel can only be reached from this machine.
bool is_loopback(std::string_view address) {
  return address.starts_with("127.") || address == "::1" || address == "localhost";
}

bool is_media_type_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || std::string_view("!#$&^_.+-").find(c) != std::string_view::npos;
}

// Lowercase "type/subtype" without parameters: the intake compares media types, not headers.
bool is_media_type(std::string_view text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 == text.size()) return false;
  const auto is_token = [](std::string_view part) { return std::all_of(part.begin(), part.end(), is_media_type_char); };
  return is_token(text.substr(0, slash)) && is_token(text.substr(slash + 1));
}

void read_identifier(const yaml_map_reader& map, std::string_view key, std::string& out) {
  if (!map.require(key)) return;
  map.read_text(key, out);
  if (!out.empty() && !is_identifier(out)) {
    map.report(key, "must be 1 to 64 characters of a-z 0-9 _, starting with a letter");
    out.clear();
  }
}

void read_media_types(const yaml_map_reader& map, std::vector<std::string>& out) {
  map.read_text_list("media_types", out);
  for (const auto& media_type : out) {
    if (!is_media_type(media_type)) {
      map.report("media_types", "'" + media_type + "' is not a lowercase media type such as application/json");
    }
  }
}

// Each entry must name a configured destination, once.
void read_channel_destinations(const yaml_map_reader& map, const std::vector<std::string>& known, std::vector<std::string>& out) {
  // Optional: the routes decide where a case goes; these receive every case of the channel too.
  if (!map.has("destinations")) return;
  map.read_text_list("destinations", out);
  const YAML::Node list = map.node("destinations");
  std::set<std::string> seen;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const YAML::Node item = out.size() == list.size() ? list[i] : list;
    const std::string& id = out[i];
    if (!seen.insert(id).second) {
      map.context().report(item, map.key_path("destinations"), "destination '" + id + "' is listed twice");
    } else if (std::find(known.begin(), known.end(), id) == known.end()) {
      std::string problem = "unknown destination '" + id + "'";
      if (auto meant = closest_name(id, known)) problem += " (did you mean '" + *meant + "'?)";
      problem += known.empty() ? "; no destinations are configured" : "; known: " + join_names(known);
      map.context().report(item, map.key_path("destinations"), problem);
    }
  }
}

channel_config read_channel(const yaml_map_reader& map, const std::vector<std::string>& destination_ids,
                            const intake_listener_config& intake) {
  channel_config channel;
  channel.mark = map.mark();
  read_identifier(map, "id", channel.id);
  read_identifier(map, "adapter", channel.adapter);
  map.read_readable_file("plugin_file", channel.plugin_file);
  map.read_bool("enabled", channel.enabled);
  if (map.has("body_bytes")) {
    std::size_t body_bytes = 0;
    map.read_size("body_bytes", body_bytes, 1, max_body_bytes);
    if (body_bytes > 0) channel.body_bytes = body_bytes;
  }
  read_media_types(map, channel.media_types);
  read_channel_destinations(map, destination_ids, channel.destinations);
  channel.settings = read_channel_settings(map);
  channel.auth = read_channel_auth(map, is_loopback(intake.address), !intake.tls.client_ca_file.empty());
  channel.pull = read_channel_pull(map);
  return channel;
}

}  // namespace

bool is_identifier(std::string_view text) {
  if (text.empty() || text.size() > 64 || text.front() < 'a' || text.front() > 'z') return false;
  return std::all_of(text.begin(), text.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

std::vector<channel_config> read_channels(const yaml_map_reader& root, const std::vector<destination_config>& destinations,
                                          const intake_listener_config& intake) {
  std::vector<std::string> destination_ids;
  for (const auto& destination : destinations) {
    const bool listed = std::find(destination_ids.begin(), destination_ids.end(), destination.id) != destination_ids.end();
    if (!destination.id.empty() && !listed) destination_ids.push_back(destination.id);
  }
  std::vector<channel_config> channels;
  std::map<std::string, int> first_line;
  for_each_list_item(root, "channels", channel_keys, [&](const yaml_map_reader& map, std::size_t) {
    channel_config channel = read_channel(map, destination_ids, intake);
    if (!channel.id.empty()) {
      const auto [first, inserted] = first_line.emplace(channel.id, channel.mark.line);
      if (!inserted) {
        map.report("id", "duplicate channel id '" + channel.id + "' (first at line " + std::to_string(first->second) + ")");
      }
    }
    channels.push_back(std::move(channel));
  });
  return channels;
}

}  // namespace casegw::config
