#include "app/pullers.hpp"

#include "app/destinations.hpp"

#include <spdlog/spdlog.h>

#include <stdexcept>

namespace casegw::app {
namespace {

pull::poller_options poller_options_of(const config::channel_config& c) {
  const auto& p = *c.pull;
  pull::poller_options o;
  o.base_url = p.base_url;
  o.interval = p.interval;
  o.timeout = p.timeout;
  for (const auto& [name, value] : p.headers) o.headers.push_back({name, value});
  for (const auto& [name, file] : p.header_files)
    o.headers.push_back({name, read_header_file("channel '" + c.id + "' (pull)", name, file)});
  return o;
}

std::unique_ptr<pull::platform_client> platform_of(const config::channel_config& c) {
  const auto& p = *c.pull;
  try {
    return std::make_unique<pull::https_platform_client>(
        net::client_tls{p.tls_verify, p.ca_file, p.client_certificate_file, p.client_key_file});
  } catch (const std::exception& e) {
    throw std::runtime_error("channel '" + c.id + "' (pull.tls): " + e.what());
  }
}

}  // namespace

pullers::pullers(const loaded_configuration& loaded, store::case_store& store, metrics::registry& metrics,
                 intake::channel_activity* activity, plugin_host::plugin_error_metrics* plugin_errors,
                 intake::rules_metrics* rules)
    : store_(store), metrics_(metrics, activity, plugin_errors, rules), pollers_(build(loaded)) {}

pullers::poller_list pullers::build(const loaded_configuration& loaded) {
  poller_list built;
  for (const auto& c : loaded.config->channels) {
    if (!c.pull || !c.enabled) continue;
    const intake::channel* channel = loaded.pipeline->channels->find(c.id);
    if (channel == nullptr || !channel->adapter->pulls())
      throw std::runtime_error("channel '" + c.id + "' has pull: but its adapter does not poll");
    built.push_back(std::make_unique<pull::channel_poller>(loaded.pipeline, *channel, store_, metrics_, platform_of(c),
                                                           poller_options_of(c)));
  }
  return built;
}

pullers::~pullers() { stop(); }

void pullers::prepare(const loaded_configuration& next) { prepared_ = build(next); }

void pullers::switch_to_prepared() {
  stop();
  pollers_ = std::move(prepared_);
  prepared_.clear();
  start();
}

void pullers::start() {
  for (auto& poller : pollers_) poller->start();
  if (!pollers_.empty()) spdlog::info("pull: {} channel(s) polled", pollers_.size());
}

void pullers::stop() {
  for (auto& poller : pollers_) poller->stop();
}

}  // namespace casegw::app
