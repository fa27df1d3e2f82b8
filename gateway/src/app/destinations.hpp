// Builds the configured delivery destinations (webhook, local) and their retry policies.
#pragma once

#include "config/gateway_config.hpp"
#include "delivery/forwarder.hpp"

#include <memory>
#include <string>
#include <vector>

namespace casegw::app {

// Throws std::runtime_error naming the destination when one cannot be built (e.g. a header file
// that cannot be read).
// A header value that is a secret (a token), from the first line of its file (header_files of
// destinations and pulled channels), read once at start. Throws std::runtime_error naming the
// owner ("destination 'x'"), the header and the file, never the value.
std::string read_header_file(const std::string& owner, const std::string& header, const std::string& file);

void add_destinations(const config::gateway_config& config, delivery::forwarder& forwarder);

}  // namespace casegw::app
