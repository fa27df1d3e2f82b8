#include "app/gateway.hpp"

#include "admin/admin_handler.hpp"
#include "admin/audit_log.hpp"
#include "admin/calendar_metrics.hpp"
#include "admin/outbox_metrics.hpp"
#include "app/destinations.hpp"
#include "app/certificate_expiry.hpp"
#include "app/pullers.hpp"
#include "app/reloader.hpp"
#include "app/startup.hpp"
#include "delivery/forwarder.hpp"
#include "intake/channel_activity.hpp"
#include "intake/intake_handler.hpp"
#include "logging/log_setup.hpp"
#include "net/http_server.hpp"
#include "store/sqlite_store.hpp"
#include "time/rfc3339.hpp"

#include <spdlog/spdlog.h>

#include <csignal>
#include <filesystem>
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

// SIGHUP reloads (on this thread: one reload at a time, and admin reloads wait for it).
void wait_for_stop_signal(const sigset_t& set, reloader& reloads) {
  for (;;) {
    int signal = 0;
    if (sigwait(&set, &signal) != 0) continue;
    if (signal == SIGHUP) {
      reloads.reload("SIGHUP");
      continue;
    }
    spdlog::info("signal {} received: stopping", signal);
    return;
  }
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
  o.length_required = false;  // POST /admin/v1/reload and the replays carry no body
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
delivery::forwarder_options forwarder_options(const config::gateway_config& c, delivery::delivery_metrics& metrics) {
  delivery::forwarder_options o;
  o.metrics = &metrics;
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

admin::reload_answer admin_answer(const reload_outcome& outcome) {
  admin::reload_answer answer{outcome.applied, outcome.generation, {}, outcome.changes};
  for (const auto& p : outcome.problems) answer.problems.push_back(p.to_string());
  return answer;
}

// What a reload does besides the swap: new pollers, the new log level.
reload_hooks reload_hooks_for(pullers& pulled) {
  reload_hooks hooks;
  hooks.prepare = [&pulled](const loaded_configuration& next) { pulled.prepare(next); };
  hooks.applied = [&pulled](const loaded_configuration& next) {
    pulled.switch_to_prepared();
    logging::set_level(next.config->logging.level);
  };
  return hooks;
}

int serve(std::shared_ptr<loaded_configuration> loaded_pointer, const std::string& version_line) {
  const auto& loaded = *loaded_pointer;
  const auto& config = *loaded.config;
  std::filesystem::create_directories(config.data_dir);
  const sigset_t signals = blocked_signals();

  auto store = store::open_sqlite_store(store_options(config));
  reload_nonces(*store, *loaded.nonces);
  metrics::registry metrics;  // before the forwarder, whose lanes count into it
  delivery::delivery_metrics delivery_metrics(metrics);
  delivery::forwarder forwarder(*store, forwarder_options(config, delivery_metrics));
  add_destinations(config, forwarder);

  intake::channel_activity activity;  // kept by channel id: survives a registry swap
  plugin_host::plugin_error_metrics plugin_errors(metrics);
  intake::intake_metrics intake_metrics(metrics, &activity, &plugin_errors);
  intake::rules_metrics rules_metrics(metrics);
  admin::register_outbox_metrics(metrics, *store, destination_ids(config));
  register_certificate_expiry(metrics, config);
  intake::pipeline_holder pipelines(loaded.pipeline);
  const auto policy_in_force = [&pipelines] { return pipelines.current()->rules->policy().in_force(); };
  admin::register_calendar_metrics(metrics, policy_in_force);
  intake::intake_handler intake(pipelines, *store, intake_metrics, {config.store.retry_after, &rules_metrics});
  // polled channels: started with the servers, stopped before the store
  pullers pulled(loaded, *store, metrics, &activity, &plugin_errors, &rules_metrics);
  reloader reloads(loaded_pointer, pipelines, reload_hooks_for(pulled));

  admin::audit_log audit(config.admin.audit_log);
  admin::admin_context admin_context{store.get(), [&pipelines] { return pipelines.current()->channels; },
                                     destination_ids(config), [&reloads] { return reloads.running()->admin_token; },
                                     &audit, &metrics};
  admin_context.activity = &activity;
  admin_context.policy = policy_in_force;
  admin_context.next_year_calendar_due = [&reloads] { return reloads.running()->config->policy.next_year_calendar_due; };
  admin_context.configuration = {[&pipelines] { return pipelines.current(); },
                                 [&reloads] { return admin_answer(reloads.reload("admin")); }, store.get(), &audit};
  admin::admin_handler admin(std::move(admin_context));
  net::http_server admin_server(admin_options(config), admin);
  net::http_server intake_server(intake_options(config), intake);

  forwarder.start();
  admin_server.start();
  intake_server.start();
  pulled.start();
  spdlog::info("{} ready: intake https://{}:{} admin http://{}:{} store {} channels {}", version_line,
               config.intake.address, intake_server.port(), config.admin.address, admin_server.port(),
               config.store.path, loaded.pipeline->channels->all().size());

  wait_for_stop_signal(signals, reloads);
  // Stop taking cases first, then let deliveries in flight finish, then close the store:
  // everything acknowledged is already on disk, and anything not yet delivered stays pending.
  // The admin listener before the pollers: a reload it is running could otherwise start new
  // pollers after they were stopped.
  intake_server.stop();
  admin_server.stop();
  pulled.stop();
  forwarder.stop();
  store->close();
  spdlog::info("stopped");
  return 0;
}

}  // namespace

int run_gateway(const std::string& config_file, const std::string& version_line) {
  auto loaded = std::make_shared<loaded_configuration>(load_configuration(config_file));
  if (!loaded->problems.empty()) {
    for (const auto& p : loaded->problems) std::cerr << p.to_string() << '\n';
    std::cerr << "casegw: not started: fix the configuration (casegw check-config --config " << config_file << ")\n";
    return 1;
  }
  try {
    const auto& c = *loaded->config;
    logging::setup_logging({c.logging.level, c.logging.format, c.logging.file});
    return serve(loaded, version_line);
  } catch (const std::exception& e) {
    spdlog::critical("casegw could not start: {}", e.what());
    std::cerr << "casegw: could not start: " << e.what() << '\n';
    return 1;
  }
}

}  // namespace casegw::app
