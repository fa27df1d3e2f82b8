#include "app/restart_only_changes.hpp"

#include <yaml-cpp/yaml.h>

#include <sstream>
#include <string>

namespace casegw::app {
namespace {

struct change {
  std::string key;  // dotted path, e.g. "intake.tls.certificate"
  std::string before, after;
};

template <typename Value>
std::string text_of(const Value& value) {
  std::ostringstream out;
  if constexpr (requires { value.count(); }) {
    out << value.count() << "ms";
  } else {
    out << value;
  }
  return out.str();
}

class change_list {
 public:
  template <typename Value>
  void compare(std::string key, const Value& before, const Value& after) {
    if (before != after) changes_.push_back({std::move(key), text_of(before), text_of(after)});
  }
  void add(std::string key, std::string before, std::string after) {
    changes_.push_back({std::move(key), std::move(before), std::move(after)});
  }
  const std::vector<change>& all() const noexcept { return changes_; }

 private:
  std::vector<change> changes_;
};

void compare_intake(const config::intake_listener_config& a, const config::intake_listener_config& b, change_list& out) {
  out.compare("intake.address", a.address, b.address);
  out.compare("intake.port", a.port, b.port);
  out.compare("intake.threads", a.threads, b.threads);
  out.compare("intake.tls.certificate", a.tls.certificate_file, b.tls.certificate_file);
  out.compare("intake.tls.private_key", a.tls.private_key_file, b.tls.private_key_file);
  out.compare("intake.tls.min_version", a.tls.min_version, b.tls.min_version);
  out.compare("intake.tls.client_ca_file", a.tls.client_ca_file, b.tls.client_ca_file);
  out.compare("intake.limits.header_bytes", a.limits.header_bytes, b.limits.header_bytes);
  out.compare("intake.limits.header_count", a.limits.header_count, b.limits.header_count);
  out.compare("intake.limits.body_bytes", a.limits.body_bytes, b.limits.body_bytes);
  out.compare("intake.limits.max_connections", a.limits.max_connections, b.limits.max_connections);
  out.compare("intake.timeouts.tls_handshake", a.timeouts.tls_handshake, b.timeouts.tls_handshake);
  out.compare("intake.timeouts.header", a.timeouts.header, b.timeouts.header);
  out.compare("intake.timeouts.body", a.timeouts.body, b.timeouts.body);
  out.compare("intake.timeouts.idle", a.timeouts.idle, b.timeouts.idle);
  out.compare("intake.timeouts.write", a.timeouts.write, b.timeouts.write);
}

void compare_operations(const config::gateway_config& a, const config::gateway_config& b, change_list& out) {
  out.compare("data_dir", a.data_dir, b.data_dir);
  out.compare("admin.address", a.admin.address, b.admin.address);
  out.compare("admin.port", a.admin.port, b.admin.port);
  out.compare("admin.audit_log", a.admin.audit_log, b.admin.audit_log);
  out.compare("logging.format", a.logging.format, b.logging.format);
  out.compare("logging.file", a.logging.file, b.logging.file);
  out.compare("store.driver", a.store.driver, b.store.driver);
  out.compare("store.path", a.store.path, b.store.path);
  out.compare("store.max_batch", a.store.max_batch, b.store.max_batch);
  out.compare("store.high_water_pending", a.store.high_water_pending, b.store.high_water_pending);
  out.compare("store.retry_after", a.store.retry_after.count(), b.store.retry_after.count());
}

// Everything but the source mark: moving a destination's lines is not a change.
std::string description_of(const config::destination_config& d) {
  std::ostringstream out;
  out << d.type << '|' << d.url << '|' << d.timeout.count() << '|' << d.tls_verify << '|' << d.ca_file << '|'
      << d.client_certificate_file << '|' << d.client_key_file << '|' << d.directory << '|' << d.retry.limit << '|'
      << d.retry.base.count() << '|' << d.retry.cap.count() << '|' << d.concurrency;
  for (const auto& [name, value] : d.headers) out << "|h:" << name << '=' << value;
  for (const auto& [name, file] : d.header_files) out << "|f:" << name << '=' << file;
  return out.str();
}

void compare_destinations(const std::vector<config::destination_config>& a,
                          const std::vector<config::destination_config>& b, change_list& out) {
  const auto find = [](const std::vector<config::destination_config>& list, const std::string& id) {
    for (const auto& d : list)
      if (d.id == id) return &d;
    return static_cast<const config::destination_config*>(nullptr);
  };
  for (std::size_t i = 0; i < b.size(); ++i) {
    const auto* running = find(a, b[i].id);
    const std::string key = "destinations[" + std::to_string(i) + "]";
    if (running == nullptr) out.add(key, "absent", "destination '" + b[i].id + "' added");
    else if (description_of(*running) != description_of(b[i])) out.add(key, "", "destination '" + b[i].id + "' changed");
  }
  for (const auto& d : a)
    if (find(b, d.id) == nullptr) out.add("destinations", "", "destination '" + d.id + "' removed");
}

// The line of a dotted key ("intake.tls.certificate", "destinations[2]") in the new file; 0
// when the key is not written there (its default changed, or the file cannot be read again).
int line_of(const std::string& file, const std::string& key) {
  try {
    YAML::Node node = YAML::LoadFile(file);
    std::istringstream parts(key);
    std::string part;
    while (std::getline(parts, part, '.')) {
      const auto bracket = part.find('[');
      const std::string name = part.substr(0, bracket);
      if (!node.IsMap() || !node[name]) return 0;
      node = node[name];
      if (bracket != std::string::npos) {
        const auto index = std::stoul(part.substr(bracket + 1));
        if (!node.IsSequence() || index >= node.size()) return 0;
        node = node[index];
      }
    }
    return node.Mark().line >= 0 ? node.Mark().line + 1 : 0;
  } catch (const std::exception&) {
    return 0;
  }
}

}  // namespace

std::vector<config::config_problem> restart_only_changes(const config::gateway_config& running,
                                                          const config::gateway_config& next) {
  change_list changes;
  compare_operations(running, next, changes);
  compare_intake(running.intake, next.intake, changes);
  compare_destinations(running.destinations, next.destinations, changes);
  std::vector<config::config_problem> problems;
  for (const auto& c : changes.all()) {
    const std::string what = c.before.empty() || c.before == "absent" ? c.after : "changed (" + c.before + " -> " + c.after + ")";
    problems.push_back({{next.config_file, line_of(next.config_file, c.key)}, c.key,
                        what + "; takes effect only on a restart: restart casegw, or undo this change to reload the rest"});
  }
  return problems;
}

}  // namespace casegw::app
