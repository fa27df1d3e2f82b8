#include "auth/signature_error.hpp"

namespace casegw::auth {

std::string_view error_code(signature_error error) noexcept {
  switch (error) {
    case signature_error::missing: return "AUTH_MISSING";
    case signature_error::malformed: return "AUTH_MALFORMED";
    case signature_error::signature: return "AUTH_SIGNATURE";
    case signature_error::timestamp: return "AUTH_TIMESTAMP";
    case signature_error::replay: return "AUTH_REPLAY";
    case signature_error::certificate: return "AUTH_CERTIFICATE";
  }
  return "AUTH_SIGNATURE";  // unreachable with a valid enumerator; fail closed
}

int http_status(signature_error) noexcept { return 401; }

}  // namespace casegw::auth
