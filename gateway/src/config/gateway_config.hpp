// The gateway's configuration as the rest of the gateway sees it: validated, defaults applied,
// relative paths resolved against the directory of the file that named them.
// Loaded by config_loader.hpp from YAML (config/gateway.yaml is the annotated reference).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace casegw::config {

// Where a value came from, for "file:line: key: problem" messages after loading.
struct source_mark {
  std::string file;
  int line = 0;  // 1-based; 0 when unknown
};

struct tls_config {
  std::string certificate_file;
  std::string private_key_file;
  std::string min_version = "1.2";  // "1.2" | "1.3"
  std::string client_ca_file;       // mutual TLS: ask clients for a certificate chaining to these CAs
};

struct limits_config {
  std::size_t header_bytes = 16 * 1024;
  std::size_t header_count = 64;
  std::size_t body_bytes = 1024 * 1024;  // default per channel
  std::size_t max_connections = 1024;
};

struct timeouts_config {
  std::chrono::milliseconds tls_handshake{10'000};
  std::chrono::milliseconds header{10'000};
  std::chrono::milliseconds body{30'000};
  std::chrono::milliseconds idle{60'000};
  std::chrono::milliseconds write{10'000};
};

struct intake_listener_config {
  std::string address = "127.0.0.1";
  std::uint16_t port = 8443;
  tls_config tls;            // required: intake is HTTPS only
  unsigned threads = 2;
  limits_config limits;
  timeouts_config timeouts;
};

struct admin_listener_config {
  std::string address = "127.0.0.1";
  std::uint16_t port = 9464;
  std::string token_file;    // bearer token for /admin/v1/*; empty = no token required (loopback only)
  std::string audit_log;     // where reads of case content are recorded; default <data_dir>/admin-audit.log
};

struct logging_config {
  std::string level = "info";   // trace debug info warn error critical
  std::string format = "text";  // text | json
  std::string file;             // empty = stderr
};

struct store_config {
  std::string driver = "sqlite";
  std::string path;             // default <data_dir>/casegw.db
  std::size_t max_batch = 256;
  std::size_t high_water_pending = 100'000;
  std::chrono::seconds retry_after{5};  // Retry-After sent with 503 when the store refuses
};

// The rules every case is put through: the official working-day calendar, each channel's
// deadline profile and evaluation rules. Defaults are next to the main file:
// <config dir>/calendar/holidays-cn, <config dir>/policy/deadlines.yaml, .../evaluation.yaml.
struct policy_config {
  std::string calendar_directory;
  std::string deadline_profiles;
  std::string evaluation_rules;
  std::string divisions_directory;  // official division codes (docs/divisions.md); <config dir>/divisions
  std::string scope_rules;          // scope screening rules (docs/scope-screening.md); <config dir>/policy/scope.yaml
  // From this day of the year (MM-DD) on, /readyz fails while next year's calendar is missing;
  // "never" only warns. The State Council publishes the arrangement in Oct-Dec.
  std::string next_year_calendar_due = "12-01";
  source_mark mark;
};

// Where cases go first (docs/routing.md): the unit directory and the ordered route rules.
struct routing_config {
  std::string units_file;   // <config dir>/routing/units.yaml
  std::string routes_file;  // <config dir>/routing/routes.yaml
  source_mark mark;
};

struct retry_config {
  unsigned limit = 12;                        // attempts before dead letter
  std::chrono::milliseconds base{1'000};      // full-jitter backoff: random(0, min(cap, base * 2^n))
  std::chrono::milliseconds cap{300'000};
};

struct destination_config {
  std::string id;
  std::string type;  // webhook | local
  // webhook
  std::string url;
  std::chrono::milliseconds timeout{10'000};
  bool tls_verify = true;
  std::string ca_file;
  std::string client_certificate_file;
  std::string client_key_file;
  std::map<std::string, std::string> headers;  // extra request headers (no secrets here: see header_files)
  std::map<std::string, std::string> header_files;  // header name -> file holding its value (e.g. a token)
  // local
  std::string directory;
  // both
  retry_config retry;
  unsigned concurrency = 4;
  source_mark mark;
};

// A channel setting as written in YAML, before the plugin's schema has typed it.
struct setting_value {
  std::string text;  // scalar text; from_file/from_env are resolved into it at load
  source_mark mark;
  bool secret_source = false;  // came from a file or an environment variable
};

// A client certificate a channel accepts (mutual TLS); either field, or both, must match.
struct client_certificate_rule {
  std::string subject;  // RFC 2253, exactly as `openssl x509 -noout -subject -nameopt RFC2253` prints it
  std::string sha256;   // lowercase hex of the DER certificate, colons removed
};

// How the gateway authenticates a channel's requests (docs/authentication.md). Plugins never do.
struct channel_auth_config {
  std::string scheme;                // hmac-sha256 | hmac-sm3 | sm2 | api-key | mtls | none
  std::vector<std::string> secrets;  // HMAC keys or API keys, read from files/env: never printed
  std::string public_key_file;       // sm2: the sender's PEM public key
  std::string distinguishing_id = "1234567812345678";  // sm2 (GM/T 0009 default)
  std::string header = "X-Casegw-Api-Key";             // api-key
  std::chrono::seconds window{300};  // signed schemes: accepted clock difference, both directions
  std::vector<client_certificate_rule> client_certificates;  // mtls; with another scheme: required too
  source_mark mark;
};

// A pulled channel (its plugin polls, ABI 1.1): where and how often the gateway asks the
// platform. The adapter describes each poll; base URL, TLS and headers are the gateway's.
struct channel_pull_config {
  std::string base_url;                      // https://host[:port][/prefix], no query
  std::chrono::milliseconds interval{300'000};  // between polls when the platform has no more
  std::chrono::milliseconds timeout{30'000};    // one poll: connect + TLS + request + answer
  bool tls_verify = true;
  std::string ca_file;
  std::string client_certificate_file;
  std::string client_key_file;
  std::map<std::string, std::string> headers;       // extra request headers (no secrets here)
  std::map<std::string, std::string> header_files;  // header name -> file holding its value (a token)
  source_mark mark;
};

struct channel_config {
  std::string id;            // [a-z][a-z0-9_]*, appears in /v1/channels/{id}/cases
  std::string adapter;       // plugin name; the file is <plugin dir>/libcasegw_<adapter>.so
  std::string plugin_file;   // optional explicit path, overrides the search
  bool enabled = true;
  std::optional<std::size_t> body_bytes;     // overrides limits.body_bytes
  std::vector<std::string> media_types;      // accepted; empty = all the plugin declares
  std::vector<std::string> destinations;     // also receive every case of the channel (routes decide the rest)
  std::map<std::string, setting_value> settings;  // validated against the plugin's schema
  channel_auth_config auth;
  std::optional<channel_pull_config> pull;  // set for pulled channels only
  source_mark mark;
};

struct gateway_config {
  std::string config_file;   // absolute path of the main file
  std::string data_dir;      // default: <config dir>/../var
  intake_listener_config intake;
  admin_listener_config admin;
  logging_config logging;
  store_config store;
  policy_config policy;
  routing_config routing;
  std::vector<std::string> plugin_directories;  // searched in order; default: <exe dir>/plugins
  std::vector<destination_config> destinations;
  std::vector<channel_config> channels;
};

}  // namespace casegw::config
