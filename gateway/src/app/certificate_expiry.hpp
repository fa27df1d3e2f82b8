// casegw_certificate_expiry_timestamp_seconds{use, id}: when each certificate the gateway
// presents stops being valid (notAfter, Unix seconds), so that operators alert well before a
// platform's TLS handshake starts failing (docs/operations.md). Read once at start: certificate
// files are restart-only, so the figure is that of the certificate actually in use.
#pragma once

#include "config/gateway_config.hpp"
#include "metrics/registry.hpp"

#include <optional>
#include <string>

namespace casegw::app {

// The notAfter of the first certificate of a PEM file, as Unix seconds; nullopt when the file
// cannot be read or parsed.
std::optional<long long> certificate_not_after(const std::string& pem_file);

// use="intake" (the server certificate), "destination" (a webhook's client certificate, id =
// the destination), "pull" (a pulled channel's client certificate, id = the channel).
void register_certificate_expiry(metrics::registry& registry, const config::gateway_config& config);

}  // namespace casegw::app
