#include "app/destinations.hpp"

#include "delivery/local_file_destination.hpp"
#include "delivery/webhook_destination.hpp"

#include <fstream>
#include <stdexcept>

namespace casegw::app {
namespace {

std::unique_ptr<delivery::destination> webhook(const config::destination_config& d) {
  delivery::webhook_options o;
  o.id = d.id;
  o.url = d.url;
  o.timeout = d.timeout;
  o.tls = net::client_tls{d.tls_verify, d.ca_file, d.client_certificate_file, d.client_key_file};
  for (const auto& [name, value] : d.headers) o.headers.push_back({name, value});
  for (const auto& [name, file] : d.header_files)
    o.headers.push_back({name, read_header_file("destination '" + d.id + "'", name, file)});
  return std::make_unique<delivery::webhook_destination>(std::move(o));
}

std::unique_ptr<delivery::destination> local(const config::destination_config& d) {
  return std::make_unique<delivery::local_file_destination>(delivery::local_file_options{d.id, d.directory});
}

}  // namespace

std::string read_header_file(const std::string& owner, const std::string& header, const std::string& file) {
  std::ifstream in(file);
  std::string value;
  if (!in || !std::getline(in, value))
    throw std::runtime_error(owner + ": cannot read the value of header '" + header + "' from '" + file + "'");
  return value;
}

void add_destinations(const config::gateway_config& config, delivery::forwarder& forwarder) {
  for (const auto& d : config.destinations) {
    delivery::destination_policy policy{d.retry.limit, d.retry.base, d.retry.cap, d.concurrency};
    if (d.type == "webhook")
      forwarder.add_destination(webhook(d), policy);
    else if (d.type == "local")
      forwarder.add_destination(local(d), policy);
    else
      throw std::runtime_error("destination '" + d.id + "': unknown type '" + d.type + "'");
  }
}

}  // namespace casegw::app
