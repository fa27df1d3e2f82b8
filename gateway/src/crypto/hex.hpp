// Lowercase hex encoding, the spelling of every digest and random token in the gateway.
#pragma once

#include <span>
#include <string>

namespace casegw::crypto {

std::string to_hex(std::span<const unsigned char> bytes);

}  // namespace casegw::crypto
