// The declarations behind docs/config-reference.md. Defaults are written as the loader applies
// them (listener_sections.cpp, operation_sections.cpp, destination_section.cpp,
// channel_section.cpp, channel_auth_section.cpp, pull_section.cpp, config_loader.cpp); paths
// are relative to <config dir>, the directory of the configuration file, or to data_dir.
#include "config/config_catalogue.hpp"

namespace casegw::config {
namespace {

using enum key_type;

catalogue_section top_level() {
  return {"", "The sections of the file; each is described in its own table below.", {
      {"data_dir", path, "", "<config dir>/../var", "", "the gateway's state: the case store, the admin audit log"},
      {"intake", mapping, "", "", "yes", "the HTTPS listener upstream platforms push cases to (its tls is required)"},
      {"admin", mapping, "", "", "", "the admin API listener"},
      {"logging", mapping, "", "", "", "log level, format and destination"},
      {"store", mapping, "", "", "", "the durable case store"},
      {"policy", mapping, "", "", "", "the rule files every case is put through"},
      {"routing", mapping, "", "", "", "where each case goes first: units and route rules"},
      {"plugins", mapping, "", "", "", "where channel adapter plugins are looked for"},
      {"destinations", mapping_list, "", "[]", "", "where stored cases are forwarded"},
      {"channels", mapping_list, "", "[]", "", "one entry per upstream platform"}}};
}

catalogue_section intake() {
  return {"intake", "Upstream platforms push cases to POST /v1/channels/{channel id}/cases over HTTPS.", {
      {"intake.address", ip_address, "", "127.0.0.1", "", "address to bind, never a host name; 0.0.0.0 or :: for all interfaces"},
      {"intake.port", integer, "0..65535", "8443", "", "0 takes any free port (tests)"},
      {"intake.threads", integer, "1..64", "2", "", "I/O threads"},
      {"intake.tls", mapping, "", "", "yes", "intake is HTTPS only"},
      {"intake.tls.certificate", readable_file, "", "", "yes", "PEM certificate chain"},
      {"intake.tls.private_key", readable_file, "", "", "yes", "PEM private key"},
      {"intake.tls.min_version", choice, "1.2 | 1.3", "1.2", "", "oldest TLS version accepted; quote it"},
      {"intake.tls.client_ca_file", readable_file, "", "", "", "mutual TLS: CAs that channel client certificates must chain to"},
      {"intake.limits", mapping, "", "", "", "request limits"},
      {"intake.limits.header_bytes", size, "1KiB..1MiB", "16KiB", "", "all request headers together"},
      {"intake.limits.header_count", integer, "1..1000", "64", "", "number of request headers"},
      {"intake.limits.body_bytes", size, "1..1GiB", "1MiB", "", "body limit of a channel that sets no body_bytes"},
      {"intake.limits.max_connections", integer, "1..1000000", "1024", "", "concurrent connections; more are refused"},
      {"intake.timeouts", mapping, "", "", "", "a slow client is cut off, not waited for"},
      {"intake.timeouts.tls_handshake", duration, "≥ 100ms", "10s", "", "to complete the TLS handshake"},
      {"intake.timeouts.header", duration, "≥ 100ms", "10s", "", "to receive all request headers"},
      {"intake.timeouts.body", duration, "≥ 100ms", "30s", "", "to receive the request body"},
      {"intake.timeouts.idle", duration, "≥ 100ms", "60s", "", "between requests on a kept-alive connection"},
      {"intake.timeouts.write", duration, "≥ 100ms", "10s", "", "to send a response"}}};
}

catalogue_section admin() {
  return {"admin", "The admin API (/admin/v1/*), plain HTTP: keep it on loopback or behind a TLS proxy.", {
      {"admin.address", ip_address, "", "127.0.0.1", "", "address to bind"},
      {"admin.port", integer, "0..65535", "9464", "", "0 takes any free port (tests)"},
      {"admin.token_file", readable_file, "", "", "", "bearer token (>= 16 characters); without it no token is asked: loopback only"},
      {"admin.audit_log", path, "", "<data_dir>/admin-audit.log", "", "where reads of case content are recorded"}}};
}

catalogue_section logging() {
  return {"logging", "Reporters' personal data never appears in a log line, whatever the level.", {
      {"logging.level", choice, "trace | debug | info | warn | error | critical", "info", "", "lowest level written"},
      {"logging.format", choice, "text | json", "text", "", "json: one JSON object per line"},
      {"logging.file", path, "", "", "", "log file; absent: standard error"}}};
}

catalogue_section store() {
  return {"store", "A 202 to a platform means the case is in the store, fsync'd.", {
      {"store.driver", choice, "sqlite", "sqlite", "", "the only driver in this build"},
      {"store.path", path, "", "<data_dir>/casegw.db", "", "database file"},
      {"store.max_batch", integer, "1..100000", "256", "", "cases committed in one transaction at most"},
      {"store.high_water_pending", integer, "1..100000000", "100000", "",
       "undelivered outbox rows (cases x destinations) above which intake answers 503"},
      {"store.retry_after", duration, "whole seconds, ≥ 1s", "5s", "", "Retry-After sent with that 503"}}};
}

catalogue_section policy() {
  return {"policy", "Only the paths are read here; the policy stage loads each file and reports its problems.", {
      {"policy.calendar", path, "", "<config dir>/calendar/holidays-cn", "", "directory of the official holiday calendar, one JSON per year"},
      {"policy.deadline_profiles", path, "", "<config dir>/policy/deadlines.yaml", "", "which deadline rule applies per channel, kind and class"},
      {"policy.evaluation_rules", path, "", "<config dir>/policy/evaluation.yaml", "", "each channel's satisfaction scale and its mapping"},
      {"policy.divisions", path, "", "<config dir>/divisions", "", "directory of the official administrative division codes"},
      {"policy.scope_rules", path, "", "<config dir>/policy/scope.yaml", "", "scope screening rules (assessments, never drops)"},
      {"policy.next_year_calendar_due", text, "MM-DD | never", "12-01", "",
       "from this day on /readyz fails while next year's calendar is missing; never: only a warning"}}};
}

catalogue_section routing() {
  return {"routing", "Only the paths are read here; the routing stage loads and checks the files.", {
      {"routing.units", path, "", "<config dir>/routing/units.yaml", "", "the units cases go to, with their division codes and destinations"},
      {"routing.routes", path, "", "<config dir>/routing/routes.yaml", "", "ordered route rules"}}};
}

catalogue_section plugins() {
  return {"plugins", "After these directories, <casegw binary dir>/plugins and <prefix>/lib/casegw/plugins are searched.", {
      {"plugins.directories", text_list, "each an existing directory", "[]", "",
       "searched in order for libcasegw_<adapter>.so"}}};
}

catalogue_section destinations() {
  return {"destinations[]", "Where stored cases are forwarded, at least once, with retries. Keys of the other type are errors.", {
      {"destinations[].id", identifier, "", "", "yes", "unique; channels name it in their destinations"},
      {"destinations[].type", choice, "webhook | local", "", "yes", "webhook POSTs the unified case; local writes <case_id>.json"},
      {"destinations[].url", url, "http:// or https://", "", "for webhook", "where the case is POSTed"},
      {"destinations[].timeout", duration, "≥ 100ms", "10s", "", "webhook: the whole request"},
      {"destinations[].tls", mapping, "", "", "", "webhook: how the server is verified, and mutual TLS"},
      {"destinations[].tls.verify", boolean, "", "true", "", "verify the server certificate; false only on a test bench"},
      {"destinations[].tls.ca_file", readable_file, "", "", "", "CA bundle to verify the server with; absent: the system CAs"},
      {"destinations[].tls.client_certificate", readable_file, "", "", "with client_key", "client certificate for mutual TLS"},
      {"destinations[].tls.client_key", readable_file, "", "", "with client_certificate", "its private key"},
      {"destinations[].headers", text_map, "", "{}", "", "webhook: extra request headers; not for secrets"},
      {"destinations[].header_files", file_map, "", "{}", "", "webhook: headers whose value is read from a file (a token)"},
      {"destinations[].directory", path, "", "", "for local", "local: the directory cases are written to"},
      {"destinations[].retry", mapping, "", "", "", "full-jitter backoff: attempt n waits random(0, min(cap, base·2ⁿ))"},
      {"destinations[].retry.limit", integer, "1..1000", "12", "", "attempts before the case goes to the dead letter list"},
      {"destinations[].retry.base", duration, "≥ 1ms", "1s", "", "backoff base"},
      {"destinations[].retry.cap", duration, "≥ retry.base", "5m", "", "longest wait between attempts"},
      {"destinations[].concurrency", integer, "1..256", "4", "", "deliveries in flight to this destination"}}};
}

catalogue_section channels() {
  return {"channels[]", "One entry per upstream platform; its cases arrive at POST /v1/channels/<id>/cases.", {
      {"channels[].id", identifier, "", "", "yes", "unique; appears in the URL and in every case"},
      {"channels[].adapter", identifier, "", "", "yes", "plugin name: libcasegw_<adapter>.so in the plugin directories"},
      {"channels[].plugin_file", readable_file, "", "", "", "explicit plugin file instead of the search"},
      {"channels[].enabled", boolean, "", "true", "", "false: validated and loaded, but requests get 404"},
      {"channels[].body_bytes", size, "1..1GiB", "intake.limits.body_bytes", "", "request body limit of this channel"},
      {"channels[].media_types", text_list, "lowercase type/subtype", "[]", "", "accepted request media types; [] = all the plugin supports"},
      {"channels[].destinations", text_list, "destination ids", "[]", "",
       "destinations that receive every case of this channel, besides where the routes send it"},
      {"channels[].settings", text_map, "values, {from_file} or {from_env}", "{}", "",
       "the plugin's own settings, checked against its schema (tables below)"},
      {"channels[].auth", mapping, "", "", "yes", "how the gateway authenticates this channel's requests"},
      {"channels[].pull", mapping, "", "", "for a polling plugin", "a pulled channel: where and how often the gateway polls; refused otherwise"}}};
}

catalogue_section channel_auth() {
  return {"channels[].auth", "One scheme per channel; keys of another scheme are errors (docs/authentication.md).", {
      {"channels[].auth.scheme", choice, "hmac-sha256 | hmac-sm3 | sm2 | api-key | mtls | none", "", "yes",
       "none only while intake listens on a loopback address"},
      {"channels[].auth.secrets", secret_list, "each ≥ 16 bytes", "", "for hmac-*, api-key",
       "shared secrets or API keys; several are all accepted (rotation)"},
      {"channels[].auth.window", duration, "1s..1h", "300s", "", "hmac-*, sm2: accepted clock difference, both directions"},
      {"channels[].auth.public_key", readable_file, "", "", "for sm2", "the sender's PEM SM2 public key"},
      {"channels[].auth.distinguishing_id", text, "may be \"\"", "1234567812345678", "", "sm2: the signer ID the sender uses; quote it"},
      {"channels[].auth.header", header_name, "", "X-Casegw-Api-Key", "", "api-key: the header the key is sent in"},
      {"channels[].auth.client_certificates", mapping_list, "needs intake.tls.client_ca_file", "", "for mtls",
       "accepted client certificates; with another scheme, required in addition"},
      {"channels[].auth.client_certificates[].subject", text, "RFC 2253", "", "subject or sha256",
       "the certificate's subject, exactly as openssl x509 -subject -nameopt RFC2253 prints it"},
      {"channels[].auth.client_certificates[].sha256", text, "64 hex digits, colons allowed", "", "subject or sha256",
       "SHA-256 fingerprint of the DER certificate"}}};
}

catalogue_section channel_pull() {
  return {"channels[].pull", "The adapter builds each poll's path and query; base URL, TLS and headers are the gateway's.", {
      {"channels[].pull.base_url", url, "https://, no query or fragment", "", "yes", "the platform's API root; a trailing / is dropped"},
      {"channels[].pull.interval", duration, "≥ 1s", "5m", "", "wait after an answer saying nothing more is waiting"},
      {"channels[].pull.timeout", duration, "≥ 100ms", "30s", "", "one poll: connect, TLS, request and answer"},
      {"channels[].pull.tls", mapping, "", "", "", "how the platform is verified, and mutual TLS"},
      {"channels[].pull.tls.verify", boolean, "", "true", "", "verify the platform's certificate chain and host name"},
      {"channels[].pull.tls.ca_file", readable_file, "", "", "", "CA bundle the platform's certificate must chain to; absent: the system CAs"},
      {"channels[].pull.tls.client_certificate", readable_file, "", "", "with client_key", "the gateway's client certificate"},
      {"channels[].pull.tls.client_key", readable_file, "", "", "with client_certificate", "its private key"},
      {"channels[].pull.headers", text_map, "", "{}", "", "extra request headers; not for secrets"},
      {"channels[].pull.header_files", file_map, "", "{}", "", "headers whose value is read from a file (an access token)"}}};
}

}  // namespace

const std::vector<catalogue_section>& config_catalogue() {
  static const std::vector<catalogue_section> sections = {
      top_level(), intake(), admin(), logging(), store(), policy(), routing(), plugins(),
      destinations(), channels(), channel_auth(), channel_pull()};
  return sections;
}

std::string_view key_type_name(key_type type) {
  switch (type) {
    case text: return "text";
    case identifier: return "identifier";
    case ip_address: return "IP address";
    case url: return "URL";
    case header_name: return "HTTP header name";
    case path: return "path";
    case readable_file: return "readable file";
    case duration: return "duration";
    case size: return "size";
    case integer: return "integer";
    case boolean: return "bool";
    case choice: return "choice";
    case text_list: return "list";
    case text_map: return "map";
    case file_map: return "map name → readable file";
    case secret_list: return "list of secret references";
    case mapping: return "mapping";
    case mapping_list: return "list of mappings";
  }
  return "unknown";
}

}  // namespace casegw::config
