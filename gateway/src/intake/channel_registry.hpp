// The channels the gateway serves, each bound to a live adapter instance. Immutable once
// built: a reload builds a new registry and swaps it in, while requests in flight keep the
// one they started with (they hold it by shared_ptr).
#pragma once

#include "config/config_loader.hpp"
#include "config/gateway_config.hpp"
#include "plugin_host/adapter_instance.hpp"
#include "plugin_host/plugin_registry.hpp"

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::intake {

struct channel {
  std::string id;
  bool enabled = true;
  std::size_t body_limit = 0;
  std::vector<std::string> media_types;  // accepted, lowercased
  std::vector<std::string> charsets;     // accepted, canonical
  std::vector<std::string> destinations;
  std::shared_ptr<const plugin_host::adapter_instance> adapter;

  bool accepts_media_type(std::string_view type) const;
  bool accepts_charset(std::string_view charset) const;  // "" means utf-8
};

class channel_registry {
 public:
  explicit channel_registry(std::vector<channel> channels);
  const channel* find(std::string_view id) const;
  const std::vector<channel>& all() const noexcept { return channels_; }

 private:
  std::vector<channel> channels_;
};

struct channels_result {
  std::shared_ptr<const channel_registry> registry;  // null when problems is not empty
  std::vector<config::config_problem> problems;
};

// Loads each channel's plugin, types its settings against the plugin's schema and creates
// the adapter. Every problem is collected with the channel's file:line.
channels_result build_channels(const config::gateway_config& config, plugin_host::plugin_registry& plugins);

}  // namespace casegw::intake
