// Builds the configured delivery destinations (webhook, local) and their retry policies.
#pragma once

#include "config/gateway_config.hpp"
#include "delivery/forwarder.hpp"

#include <memory>
#include <vector>

namespace casegw::app {

// Throws std::runtime_error naming the destination when one cannot be built (e.g. a header file
// that cannot be read).
void add_destinations(const config::gateway_config& config, delivery::forwarder& forwarder);

}  // namespace casegw::app
