#include "app/gateway.hpp"

#include "admin/admin_handler.hpp"
#include "admin/audit_log.hpp"
#include "admin/outbox_metrics.hpp"
#include "app/destinations.hpp"
#include "app/pullers.hpp"
#include "app/startup.hpp"
#include "delivery/forwarder.hpp"
#include "intake/intake_handler.hpp"
#include "logging/log_setup.hpp"
#include "net/http_server.hpp"
#include "policy/case_policy.hpp"
#include "store/sqlite_store.hpp"
#include "time/rfc3339.hpp"

#include <spdlog/spdlog.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <pthread.h>

namespace casegw::app {
namespace {

// Signals are taken by one thread with sigwait, so no handler runs inside library code; the
// set is blocked before any thread starts, and every thread inherits the mask.
sigset_t blocked_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  return set;
}

void wait_for_stop_signal(const sigset_t& set) {
  for (;;) {
    int signal = 0;
    if (sigwait(&set, &signal) != 0) continue;
    if (signal == SIGHUP) {
      spdlog::warn("SIGHUP received: this version does not reload its configuration; restart casegw to apply changes");
      continue;
    }
    spdlog::info("signal {} received: stopping", signal);
    return;
  }
}

std::string read_token(const std::string& file) {
  if (file.empty()) return {};
  std::ifstream in(file);
  std::string token;
  std::getline(in, token);
  if (!in && token.empty()) throw std::runtime_error("cannot read the admin token file '" + file + "'");
  if (token.size() < 16) throw std::runtime_error("the admin token in '" + file + "' is shorter than 16 characters");
  return token;
}

net::server_options intake_options(const config::gateway_config& c) {
  net::server_options o;
  o.name = "intake";
  o.address = c.intake.address;
  o.port = c.intake.port;
  o.threads = c.intake.threads;
  o.tls = net::tls_settings{c.intake.tls.certificate_file, c.intake.tls.private_key_file, c.intake.tls.min_version,
                            c.intake.tls.client_ca_file};
  const auto& l = c.intake.limits;
  const auto& t = c.intake.timeouts;
  o.limits = net::server_limits{l.header_bytes, l.header_count, l.body_bytes, l.max_connections,
                                t.tls_handshake, t.header, t.body, t.idle, t.write};
  return o;
}

net::server_options admin_options(const config::gateway_config& c) {
  net::server_options o;
  o.name = "admin";
  o.address = c.admin.address;
  o.port = c.admin.port;
  o.threads = 1;
  return o;
}

std::vector<std::string> destination_ids(const config::gateway_config& c) {
  std::vector<std::string> ids;
  for (const auto& d : c.destinations) ids.push_back(d.id);
  return ids;
}

store::sqlite_options store_options(const config::gateway_config& c) {
  store::sqlite_options o;
  o.path = c.store.path;
  o.max_batch = c.store.max_batch;
  o.high_water_pending = c.store.high_water_pending;
  return o;
}

// A claimed outbox row is leased for twice the attempt timeout: it must outlast the slowest
// destination's own timeout, or a slow attempt could be claimed again while still running.
delivery::forwarder_options forwarder_options(const config::gateway_config& c) {
  delivery::forwarder_options o;
  for (const auto& d : c.destinations) o.attempt_timeout = std::max(o.attempt_timeout, d.timeout + std::chrono::seconds(5));
  return o;
}

// Nonces committed before a restart still refuse their replays while inside their window.
void reload_nonces(store::case_store& store, auth::nonce_register& nonces) {
  const auto now = time::now_unix_ms();
  const auto remembered = store.unexpired_nonces(now);
  for (const auto& n : remembered)
    nonces.remember_once(n.channel_id, n.nonce, auth::unix_time_ms(std::chrono::milliseconds(n.expires_at_ms)));
  spdlog::info("authentication: {} nonce(s) still inside their replay window", remembered.size());
}

int serve(const loaded_configuration& loaded, const std::string& version_line) {
  const auto& config = *loaded.config;
  std::filesystem::create_directories(config.data_dir);
  const sigset_t signals = blocked_signals();

  auto store = store::open_sqlite_store(store_options(config));
  reload_nonces(*store, *loaded.nonces);
  delivery::forwarder forwarder(*store, forwarder_options(config));
  add_destinations(config, forwarder);

  metrics::registry metrics;
  intake::intake_metrics intake_metrics(metrics);
  admin::register_outbox_metrics(metrics, *store, destination_ids(config));
  intake::intake_handler intake(loaded.channels, std::make_shared<const policy::case_policy>(loaded.policy), *store,
                                intake_metrics, {config.store.retry_after});
  admin::audit_log audit(config.admin.audit_log);
  admin::admin_handler admin({store.get(), [&loaded] { return loaded.channels; }, destination_ids(config),
                              read_token(config.admin.token_file), &audit, &metrics});
  pullers pulled(loaded, *store, metrics);  // polled channels: started with the servers, stopped before the store
  net::http_server admin_server(admin_options(config), admin);
  net::http_server intake_server(intake_options(config), intake);

  forwarder.start();
  admin_server.start();
  intake_server.start();
  pulled.start();
  spdlog::info("{} ready: intake https://{}:{} admin http://{}:{} store {} channels {}", version_line,
               config.intake.address, intake_server.port(), config.admin.address, admin_server.port(),
               config.store.path, loaded.channels->all().size());

  wait_for_stop_signal(signals);
  // Stop taking cases first, then let deliveries in flight finish, then close the store:
  // everything acknowledged is already on disk, and anything not yet delivered stays pending.
  intake_server.stop();
  pulled.stop();
  admin_server.stop();
  forwarder.stop();
  store->close();
  spdlog::info("stopped");
  return 0;
}

}  // namespace

int run_gateway(const std::string& config_file, const std::string& version_line) {
  const auto loaded = load_configuration(config_file);
  if (!loaded.problems.empty()) {
    for (const auto& p : loaded.problems) std::cerr << p.to_string() << '\n';
    std::cerr << "casegw: not started: fix the configuration (casegw check-config --config " << config_file << ")\n";
    return 1;
  }
  try {
    const auto& c = *loaded.config;
    logging::setup_logging({c.logging.level, c.logging.format, c.logging.file});
    return serve(loaded, version_line);
  } catch (const std::exception& e) {
    spdlog::critical("casegw could not start: {}", e.what());
    std::cerr << "casegw: could not start: " << e.what() << '\n';
    return 1;
  }
}

}  // namespace casegw::app
