// destinations: — where stored cases are forwarded (delivery stage).
#include "config/config_sections.hpp"

#include <algorithm>
#include <map>

namespace casegw::config {
namespace {

constexpr std::chrono::milliseconds min_timeout{100};

const std::vector<std::string> webhook_only_keys = {"url", "timeout", "tls", "headers", "header_files"};
const std::vector<std::string> local_only_keys = {"directory"};

std::vector<std::string> destination_keys() {
  std::vector<std::string> keys = {"id", "type"};
  keys.insert(keys.end(), webhook_only_keys.begin(), webhook_only_keys.end());
  keys.insert(keys.end(), local_only_keys.begin(), local_only_keys.end());
  keys.insert(keys.end(), {"retry", "concurrency"});
  return keys;
}

// RFC 9110 token characters: a header name with anything else is refused by every server.
bool is_header_name(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
  });
}

void read_url(const yaml_map_reader& map, std::string& out) {
  std::string url;
  map.read_text("url", url);
  if (url.empty()) return;
  const std::size_t scheme_end = url.starts_with("https://") ? 8 : url.starts_with("http://") ? 7 : 0;
  const bool has_host = scheme_end > 0 && url.size() > scheme_end && url[scheme_end] != '/';
  const bool has_space = url.find_first_of(" \t\r\n") != std::string::npos;
  if (has_host && !has_space) {
    out = url;
  } else {
    map.report("url", "must be an http:// or https:// URL with a host, e.g. https://workflow.example/cases");
  }
}

void read_webhook_tls(const yaml_map_reader& destination, destination_config& out) {
  read_client_tls(destination, {out.tls_verify, out.ca_file, out.client_certificate_file, out.client_key_file});
}

void read_retry(const yaml_map_reader& destination, retry_config& out) {
  const auto map = destination.child("retry", {"limit", "base", "cap"});
  map.read_integer("limit", out.limit, 1, 1000);
  map.read_duration("base", out.base, std::chrono::milliseconds(1));
  map.read_duration("cap", out.cap, std::chrono::milliseconds(1));
  if (out.cap < out.base) map.report("cap", "must not be less than retry.base");
}

// Keys of the other destination type are mistakes, not options to ignore silently.
void refuse_keys_of_other_type(const yaml_map_reader& map, const std::string& type) {
  const auto& foreign = type == "webhook" ? local_only_keys : webhook_only_keys;
  const std::string owner = type == "webhook" ? "local" : "webhook";
  for (const auto& key : foreign) {
    if (map.has(key)) map.report(key, "applies only to " + owner + " destinations");
  }
}

destination_config read_destination(const yaml_map_reader& map) {
  destination_config destination;
  destination.mark = map.mark();
  if (map.require("id")) {
    map.read_text("id", destination.id);
    if (!destination.id.empty() && !is_identifier(destination.id)) {
      map.report("id", "must be 1 to 64 characters of a-z 0-9 _, starting with a letter");
    }
  }
  if (map.require("type")) map.read_choice("type", destination.type, {"webhook", "local"});
  if (destination.type == "webhook") {
    if (map.require("url")) read_url(map, destination.url);
    map.read_duration("timeout", destination.timeout, min_timeout);
    read_webhook_tls(map, destination);
    read_request_headers(map, destination.headers, destination.header_files);
  } else if (destination.type == "local") {
    if (map.require("directory")) map.read_path("directory", destination.directory);
  }
  if (!destination.type.empty()) refuse_keys_of_other_type(map, destination.type);
  read_retry(map, destination.retry);
  map.read_integer("concurrency", destination.concurrency, 1, 256);
  return destination;
}

}  // namespace

void read_client_tls(const yaml_map_reader& parent, client_tls_fields out) {
  const auto map = parent.child("tls", {"verify", "ca_file", "client_certificate", "client_key"});
  map.read_bool("verify", out.verify);
  map.read_readable_file("ca_file", out.ca_file);
  map.read_readable_file("client_certificate", out.client_certificate_file);
  map.read_readable_file("client_key", out.client_key_file);
  if (map.has("client_certificate") != map.has("client_key")) {
    map.report(map.has("client_certificate") ? "client_key" : "client_certificate",
               "is required with " + std::string(map.has("client_certificate") ? "client_certificate" : "client_key") +
                   " (mutual TLS needs both)");
  }
}

void read_request_headers(const yaml_map_reader& map, std::map<std::string, std::string>& headers,
                          std::map<std::string, std::string>& header_files) {
  map.read_text_map("headers", headers);
  std::map<std::string, std::string> files;
  map.read_text_map("header_files", files);
  for (const auto& [name, path] : files) {
    header_files[name] = map.context().resolve_path(path);
  }
  for (const auto* names : {&headers, &header_files}) {
    const std::string key = names == &headers ? "headers" : "header_files";
    for (const auto& [name, value] : *names) {
      if (!is_header_name(name)) map.report(key, "'" + name + "' is not a valid HTTP header name");
    }
  }
  for (const auto& [name, path] : header_files) {
    if (headers.contains(name)) map.report("header_files", "'" + name + "' is also given in headers; keep one");
    if (auto why = file_readability_problem(path); !why.empty()) {
      map.report("header_files", name + ": '" + path + "' " + why);
    }
  }
}

std::vector<destination_config> read_destinations(const yaml_map_reader& root) {
  std::vector<destination_config> destinations;
  std::map<std::string, int> first_line;
  for_each_list_item(root, "destinations", destination_keys(), [&](const yaml_map_reader& map, std::size_t) {
    destination_config destination = read_destination(map);
    if (!destination.id.empty()) {
      const auto [first, inserted] = first_line.emplace(destination.id, destination.mark.line);
      if (!inserted) {
        map.report("id", "duplicate destination id '" + destination.id + "' (first at line " + std::to_string(first->second) + ")");
      }
    }
    destinations.push_back(std::move(destination));
  });
  return destinations;
}

}  // namespace casegw::config
