#include "auth/webhook_authenticator.hpp"

#include "auth/canonical_string.hpp"

#include <stdexcept>

namespace casegw::auth {
namespace {

verify_result header_missing(std::string_view name) {
  return verify_result::rejected(signature_error::missing, "header " + std::string(name) + " is absent");
}

verify_result header_malformed(std::string_view name, std::string_view expected) {
  return verify_result::rejected(signature_error::malformed,
                                 "header " + std::string(name) + " must be " + std::string(expected));
}

}  // namespace

webhook_authenticator::webhook_authenticator(std::string channel, const signature_verifier& verifier,
                                             nonce_register& nonces, std::chrono::seconds window)
    : channel_(std::move(channel)), verifier_(verifier), nonces_(nonces), window_(window) {
  if (window_ <= std::chrono::seconds::zero()) throw std::invalid_argument("webhook_authenticator: window must be positive");
}

verify_result webhook_authenticator::check_headers(const signed_request& request) const {
  if (!request.timestamp) return header_missing(timestamp_header);
  if (!request.nonce) return header_missing(nonce_header);
  if (!request.signature) return header_missing(signature_header_name);
  if (!timestamp_is_well_formed(*request.timestamp)) {
    return header_malformed(timestamp_header, "Unix time in 10 (seconds) or 13 (milliseconds) digits");
  }
  if (!nonce_is_well_formed(*request.nonce)) return header_malformed(nonce_header, "8 to 128 characters of [A-Za-z0-9_-]");
  return verify_result::accepted();
}

verify_result webhook_authenticator::authenticate(const signed_request& request, unix_time_ms now) const {
  if (auto headers = check_headers(request); !headers) return headers;

  const auto timestamp = parse_header_timestamp(*request.timestamp);
  if (!timestamp) return header_malformed(timestamp_header, "Unix time in 10 or 13 digits");
  const auto status = check_timestamp(now, *timestamp, window_);
  if (status != timestamp_status::fresh) {
    const auto direction = status == timestamp_status::too_old ? "in the past" : "in the future";
    return verify_result::rejected(signature_error::timestamp, "timestamp is more than " +
                                                                   std::to_string(window_.count()) + " s " + direction);
  }

  const auto signed_bytes = canonical_signing_string(*request.timestamp, *request.nonce, request.raw_body);
  if (auto signature = verifier_.verify(signed_bytes, *request.signature); !signature) return signature;

  if (!nonces_.remember_once(channel_, *request.nonce, nonce_expiry(*timestamp, window_))) {
    return verify_result::rejected(signature_error::replay, "nonce was already used");
  }
  return verify_result::accepted();
}

}  // namespace casegw::auth
