// channels[].pull — a pulled channel: the gateway polls the platform (docs/configuration.md,
// "Pulled channels"):
//   pull:
//     base_url: https://ducha.example.gov.cn     # https only; the adapter adds path and query
//     interval: 5m                               # between polls when the platform has no more
//     timeout: 30s                               # one poll, all together
//     tls: {verify: true, ca_file: ..., client_certificate: ..., client_key: ...}
//     headers: {X-Receiver: cq}                  # plain headers
//     header_files: {X-Access-Token: ../secrets/ducha-token}   # secret values, read from files
// Whether the channel must or must not have this block depends on its plugin, known only once
// it is loaded: intake/channel_registry.cpp checks that.
#include "config/config_sections.hpp"

namespace casegw::config {
namespace {

const std::vector<std::string> pull_keys = {"base_url", "interval", "timeout", "tls", "headers", "header_files"};

constexpr std::chrono::milliseconds min_interval{1'000};
constexpr std::chrono::milliseconds min_timeout{100};

// https://host[:port][/prefix]: the adapter's path (which starts with '/') is appended as is, so
// the base carries no query, fragment or trailing '/'.
void read_base_url(const yaml_map_reader& map, std::string& out) {
  if (!map.require("base_url")) return;
  std::string url;
  map.read_text("base_url", url);
  if (url.empty()) return;
  constexpr std::string_view scheme = "https://";
  const bool has_host = url.starts_with(scheme) && url.size() > scheme.size() && url[scheme.size()] != '/';
  if (!has_host) {
    map.report("base_url", "must be an https:// URL with a host, e.g. https://ducha.example.gov.cn (polls carry "
                           "tokens and cases: plain http is refused)");
    return;
  }
  if (url.find_first_of(" \t\r\n?#") != std::string::npos) {
    map.report("base_url", "must not contain spaces, a query ('?') or a fragment ('#'); the adapter adds the query");
    return;
  }
  while (url.ends_with('/')) url.pop_back();
  out = url;
}

}  // namespace

std::optional<channel_pull_config> read_channel_pull(const yaml_map_reader& channel) {
  if (!channel.has("pull")) return std::nullopt;
  channel_pull_config pull;
  pull.mark = channel.mark_of("pull");
  const auto map = channel.child("pull", pull_keys);
  read_base_url(map, pull.base_url);
  map.read_duration("interval", pull.interval, min_interval);
  map.read_duration("timeout", pull.timeout, min_timeout);
  read_client_tls(map, {pull.tls_verify, pull.ca_file, pull.client_certificate_file, pull.client_key_file});
  read_request_headers(map, pull.headers, pull.header_files);
  return pull;
}

}  // namespace casegw::config
