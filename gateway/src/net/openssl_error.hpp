// Text for the errors OpenSSL left on this thread's error queue (which it empties), so that
// "cannot load certificate" messages say why: "no start line", "key values mismatch", ...
#pragma once

#include <string>

namespace casegw::net {

std::string take_openssl_errors();

}  // namespace casegw::net
