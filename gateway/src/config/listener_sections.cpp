// intake: and admin: — the two HTTP listeners.
#include "config/config_sections.hpp"

#include <arpa/inet.h>

#include <array>

namespace casegw::config {
namespace {

constexpr std::int64_t kib = 1024;
constexpr std::int64_t mib = 1024 * kib;
constexpr std::int64_t gib = 1024 * mib;
// A timeout under 100ms is almost always "10" meant as seconds (a bare number is milliseconds).
constexpr std::chrono::milliseconds min_timeout{100};

// The listeners bind to an IP literal; host names would make the bound interface depend on DNS.
void read_address(const yaml_map_reader& map, std::string& out) {
  std::string text;
  map.read_text("address", text);
  if (text.empty()) return;
  std::array<unsigned char, 16> buffer{};
  if (::inet_pton(AF_INET, text.c_str(), buffer.data()) == 1 || ::inet_pton(AF_INET6, text.c_str(), buffer.data()) == 1) {
    out = text;
  } else {
    map.report("address", "must be an IP address such as 127.0.0.1, 0.0.0.0 or ::1");
  }
}

void read_port(const yaml_map_reader& map, std::uint16_t& out) {
  // 0 asks the system for a free port (tests use it).
  map.read_integer("port", out, 0, 65535);
}

tls_config read_tls(const yaml_map_reader& intake) {
  const auto map = intake.child("tls", {"certificate", "private_key", "min_version", "client_ca_file"});
  tls_config tls;
  if (map.require("certificate")) map.read_readable_file("certificate", tls.certificate_file);
  if (map.require("private_key")) map.read_readable_file("private_key", tls.private_key_file);
  map.read_choice("min_version", tls.min_version, {"1.2", "1.3"});
  map.read_readable_file("client_ca_file", tls.client_ca_file);
  return tls;
}

limits_config read_limits(const yaml_map_reader& intake) {
  const auto map = intake.child("limits", {"header_bytes", "header_count", "body_bytes", "max_connections"});
  limits_config limits;
  map.read_size("header_bytes", limits.header_bytes, kib, mib);
  map.read_integer("header_count", limits.header_count, 1, 1000);
  map.read_size("body_bytes", limits.body_bytes, 1, gib);
  map.read_integer("max_connections", limits.max_connections, 1, 1'000'000);
  return limits;
}

timeouts_config read_timeouts(const yaml_map_reader& intake) {
  const auto map = intake.child("timeouts", {"tls_handshake", "header", "body", "idle", "write"});
  timeouts_config timeouts;
  map.read_duration("tls_handshake", timeouts.tls_handshake, min_timeout);
  map.read_duration("header", timeouts.header, min_timeout);
  map.read_duration("body", timeouts.body, min_timeout);
  map.read_duration("idle", timeouts.idle, min_timeout);
  map.read_duration("write", timeouts.write, min_timeout);
  return timeouts;
}

}  // namespace

intake_listener_config read_intake(const yaml_map_reader& root) {
  const auto map = root.child("intake", {"address", "port", "threads", "tls", "limits", "timeouts"});
  intake_listener_config intake;
  read_address(map, intake.address);
  read_port(map, intake.port);
  map.read_integer("threads", intake.threads, 1, 64);
  intake.tls = read_tls(map);  // required even when intake: is absent: intake is HTTPS only
  intake.limits = read_limits(map);
  intake.timeouts = read_timeouts(map);
  return intake;
}

admin_listener_config read_admin(const yaml_map_reader& root) {
  const auto map = root.child("admin", {"address", "port", "token_file", "audit_log"});
  admin_listener_config admin;
  read_address(map, admin.address);
  read_port(map, admin.port);
  map.read_readable_file("token_file", admin.token_file);
  map.read_path("audit_log", admin.audit_log);  // created on first use; the default is set by the loader
  return admin;
}

}  // namespace casegw::config
