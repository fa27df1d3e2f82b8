// The channels the gateway serves, each bound to a live adapter instance. Immutable once
// built: a reload builds a new registry and swaps it in, while requests in flight keep the
// one they started with (they hold it by shared_ptr).
#pragma once

#include "auth/channel_authenticator.hpp"
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
  std::shared_ptr<const auth::channel_authenticator> auth;

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

// What channels share: the nonce register their authenticators record into (it must outlive
// every registry built with it) and the division check their adapters ask (host API).
struct channel_services {
  auth::nonce_register* nonces = nullptr;
  plugin_host::division_check divisions;
};

// Loads each channel's plugin, types its settings against the plugin's schema, creates the
// adapter and the authenticator. Every problem is collected with the channel's file:line.
channels_result build_channels(const config::gateway_config& config, plugin_host::plugin_registry& plugins,
                               const channel_services& services);

}  // namespace casegw::intake
