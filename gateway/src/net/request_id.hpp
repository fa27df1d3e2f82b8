// Request identifiers: 16 lowercase hex characters from the OpenSSL CSPRNG, so that ids
// handed out to upstream platforms reveal nothing about traffic volume or ordering.
#pragma once

#include <string>

namespace casegw::net {

std::string new_request_id();

}  // namespace casegw::net
