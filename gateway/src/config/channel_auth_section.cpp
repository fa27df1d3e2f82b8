// channels[].auth — how the gateway authenticates a channel (docs/authentication.md):
//   auth:
//     scheme: hmac-sha256          # hmac-sha256 | hmac-sm3 | sm2 | api-key | mtls | none
//     secrets: [{from_file: ../secrets/portal-hmac}]   # hmac-*, api-key: one or more (rotation)
//     window: 300s                 # signed schemes
//     public_key: ../secrets/platform-sm2.pem          # sm2
//     distinguishing_id: "1234567812345678"            # sm2
//     header: X-Casegw-Api-Key     # api-key
//     client_certificates: [{subject: "CN=..."}, {sha256: "ab12..."}]  # mtls, or in addition
#include "config/config_sections.hpp"

#include "config/secret_reference.hpp"

#include <algorithm>
#include <cctype>

namespace casegw::config {
namespace {

const std::vector<std::string> auth_keys = {"scheme",           "secrets", "window", "public_key", "distinguishing_id",
                                            "header",           "client_certificates"};
const std::vector<std::string> schemes = {"hmac-sha256", "hmac-sm3", "sm2", "api-key", "mtls", "none"};

constexpr std::size_t min_secret_bytes = 16;

bool is_header_name(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](unsigned char c) {
    return std::isalnum(c) || std::string_view("!#$%&'*+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos;
  });
}

// "AB:CD:..." or "abcd..." -> "abcd...", or "" when it is not a SHA-256 fingerprint.
std::string normalized_fingerprint(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == ':') continue;
    if (!std::isxdigit(static_cast<unsigned char>(c))) return {};
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out.size() == 64 ? out : std::string{};
}

void read_secrets(const yaml_map_reader& map, channel_auth_config& auth) {
  if (!map.require("secrets")) return;
  const YAML::Node list = map.node("secrets");
  if (!list.IsSequence() || list.size() == 0) {
    map.report("secrets", "must be a list of {from_file: PATH} or {from_env: NAME}, at least one");
    return;
  }
  for (const auto& item : list) {
    auto secret = read_secret_reference(map.context(), item, map.key_path("secrets"));
    if (!secret) continue;
    if (secret->size() < min_secret_bytes) {
      map.context().report(item, map.key_path("secrets"),
                           "is shorter than " + std::to_string(min_secret_bytes) + " bytes; use a random secret of 32 bytes or more");
      continue;
    }
    auth.secrets.push_back(std::move(*secret));
  }
}

void read_client_certificates(const yaml_map_reader& map, channel_auth_config& auth) {
  const YAML::Node list = map.node("client_certificates");
  if (!list.IsDefined() || list.IsNull()) return;
  if (!list.IsSequence() || list.size() == 0) {
    map.report("client_certificates", "must be a list of {subject: ...} and/or {sha256: ...}, at least one");
    return;
  }
  for (std::size_t i = 0; i < list.size(); ++i) {
    const yaml_map_reader item(map.context(), list[i], map.key_path("client_certificates") + "[" + std::to_string(i) + "]",
                               {"subject", "sha256"}, map.mark_of("client_certificates"));
    client_certificate_rule rule;
    item.read_text("subject", rule.subject);
    std::string fingerprint;
    item.read_text("sha256", fingerprint);
    if (!fingerprint.empty()) {
      rule.sha256 = normalized_fingerprint(fingerprint);
      if (rule.sha256.empty()) item.report("sha256", "must be the 64 hex digits of a SHA-256 fingerprint");
    }
    if (rule.subject.empty() && fingerprint.empty()) item.report("subject", "give a subject, a sha256 fingerprint, or both");
    auth.client_certificates.push_back(std::move(rule));
  }
}

// What each scheme needs, and what it must not be given (a stray key is a misunderstanding).
void check_scheme_keys(const yaml_map_reader& map, const channel_auth_config& auth, bool intake_on_loopback,
                       bool intake_asks_for_certificates) {
  const auto& s = auth.scheme;
  const bool mac = s == "hmac-sha256" || s == "hmac-sm3";
  const bool uses_secrets = mac || s == "api-key";
  if (!uses_secrets && map.has("secrets")) map.report("secrets", "is only used by hmac-sha256, hmac-sm3 and api-key");
  if (s != "sm2" && (map.has("public_key") || map.has("distinguishing_id")))
    map.report(map.has("public_key") ? "public_key" : "distinguishing_id", "is only used by sm2");
  if (s != "api-key" && map.has("header")) map.report("header", "is only used by api-key");
  if (!mac && s != "sm2" && map.has("window")) map.report("window", "is only used by the signed schemes (hmac-*, sm2)");
  if (s == "mtls" && !map.has("client_certificates")) map.report("client_certificates", "is required with mtls");
  if (!auth.client_certificates.empty() && !intake_asks_for_certificates)
    map.report("client_certificates", "needs intake.tls.client_ca_file, the CAs client certificates must chain to");
  if (s == "none" && !intake_on_loopback)
    map.report("scheme", "none is only allowed while intake listens on a loopback address (development)");
}

}  // namespace

channel_auth_config read_channel_auth(const yaml_map_reader& channel, bool intake_on_loopback,
                                      bool intake_asks_for_certificates) {
  channel_auth_config auth;
  auth.mark = channel.mark_of("auth");
  if (!channel.has("auth")) {
    channel.report("auth", "is required: choose a scheme (hmac-sha256, hmac-sm3, sm2, api-key, mtls; none for development)");
    return auth;
  }
  const auto map = channel.child("auth", auth_keys);
  if (!map.require("scheme")) return auth;
  map.read_choice("scheme", auth.scheme, schemes);
  if (auth.scheme == "hmac-sha256" || auth.scheme == "hmac-sm3" || auth.scheme == "api-key") read_secrets(map, auth);
  if (auth.scheme == "sm2" && map.require("public_key")) map.read_readable_file("public_key", auth.public_key_file);
  // May be empty: senders on OpenSSL 3.0 defaults sign with an empty ID (docs/authentication.md).
  if (map.has("distinguishing_id"))
    if (auto id = map.scalar("distinguishing_id")) auth.distinguishing_id = *id;
  map.read_text("header", auth.header);
  if (!is_header_name(auth.header)) map.report("header", "must be an HTTP header name");
  std::chrono::milliseconds window = auth.window;
  map.read_duration("window", window, std::chrono::seconds(1));
  if (window > std::chrono::hours(1)) map.report("window", "must be at most 1h: a long window lets replays in for longer");
  auth.window = std::chrono::duration_cast<std::chrono::seconds>(window);
  read_client_certificates(map, auth);
  check_scheme_keys(map, auth, intake_on_loopback, intake_asks_for_certificates);
  return auth;
}

}  // namespace casegw::config
