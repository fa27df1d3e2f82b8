#include "auth/channel_authenticator.hpp"

#include "auth/api_key_verifier.hpp"
#include "auth/mac_verifier.hpp"
#include "auth/sm2_verifier.hpp"
#include "auth/webhook_authenticator.hpp"
#include "crypto/constant_time.hpp"

#include <stdexcept>

namespace casegw::auth {

// A verifier and the webhook check order around it; the authenticator borrows the verifier.
class channel_authenticator::signed_scheme {
 public:
  signed_scheme(std::unique_ptr<signature_verifier> verifier, const channel_auth_options& options, nonce_register& nonces)
      : verifier_(std::move(verifier)), check_(options.channel_id, *verifier_, nonces, options.window), window_(options.window) {}

  auth_outcome authenticate(const header_lookup& headers, std::string_view raw_body, unix_time_ms now) const {
    signed_request request{headers(timestamp_header), headers(nonce_header), headers(signature_header_name), raw_body};
    auth_outcome out;
    out.result = check_.authenticate(request, now);
    if (out.result) out.nonce = accepted_nonce{std::string(*request.nonce), nonce_expiry(*parse_header_timestamp(*request.timestamp), window_)};
    return out;
  }

 private:
  std::unique_ptr<signature_verifier> verifier_;
  webhook_authenticator check_;
  std::chrono::seconds window_;
};

namespace {

std::unique_ptr<signature_verifier> make_verifier(channel_auth_options& options) {
  switch (options.scheme) {
    case scheme::hmac_sha256: return std::make_unique<mac_verifier>(mac_algorithm::hmac_sha256, std::move(options.secrets));
    case scheme::hmac_sm3: return std::make_unique<mac_verifier>(mac_algorithm::hmac_sm3, std::move(options.secrets));
    case scheme::sm2: return std::make_unique<sm2_verifier>(options.public_key_pem, options.distinguishing_id);
    default: return nullptr;
  }
}

}  // namespace

std::optional<scheme> scheme_named(std::string_view name) {
  if (name == "hmac-sha256") return scheme::hmac_sha256;
  if (name == "hmac-sm3") return scheme::hmac_sm3;
  if (name == "sm2") return scheme::sm2;
  if (name == "api-key") return scheme::api_key;
  if (name == "mtls") return scheme::mtls;
  if (name == "none") return scheme::none;
  return std::nullopt;
}

std::string_view scheme_name(scheme s) noexcept {
  switch (s) {
    case scheme::hmac_sha256: return "hmac-sha256";
    case scheme::hmac_sm3: return "hmac-sm3";
    case scheme::sm2: return "sm2";
    case scheme::api_key: return "api-key";
    case scheme::mtls: return "mtls";
    case scheme::none: break;
  }
  return "none";
}

channel_authenticator::channel_authenticator(channel_auth_options options, nonce_register& nonces)
    : channel_id_(options.channel_id), scheme_(options.scheme), certificates_(options.certificates), nonces_(nonces) {
  try {
    if (scheme_ == scheme::api_key) {
      api_key_ = std::make_unique<api_key_verifier>(std::move(options.secrets), options.api_key_header);
    } else if (auto verifier = make_verifier(options)) {
      signed_ = std::make_unique<signed_scheme>(std::move(verifier), options, nonces);
    }
  } catch (const std::exception& e) {
    throw std::invalid_argument("channel '" + channel_id_ + "': " + e.what());
  }
  if (scheme_ == scheme::mtls && certificates_.empty())
    throw std::invalid_argument("channel '" + channel_id_ + "': mtls needs at least one certificate rule");
}

channel_authenticator::~channel_authenticator() = default;

verify_result channel_authenticator::check_certificate(presented_certificate certificate) const {
  if (certificates_.empty()) return verify_result::accepted();
  if (certificate.subject.empty() && certificate.sha256.empty())
    return verify_result::rejected(signature_error::certificate, "this channel requires a client certificate");
  for (const auto& rule : certificates_) {
    const bool subject_ok = rule.subject.empty() || crypto::constant_time_equal(rule.subject, certificate.subject);
    const bool print_ok = rule.sha256.empty() || crypto::constant_time_equal(rule.sha256, certificate.sha256);
    if (subject_ok && print_ok) return verify_result::accepted();
  }
  return verify_result::rejected(signature_error::certificate, "the client certificate is not one this channel accepts");
}

verify_result channel_authenticator::screen(const header_lookup& headers, presented_certificate certificate) const {
  if (auto cert = check_certificate(certificate); !cert) return cert;
  if (api_key_) return api_key_->verify(headers(api_key_->header_name()));
  if (signed_) {
    for (const auto name : {timestamp_header, nonce_header, signature_header_name})
      if (!headers(name)) return verify_result::rejected(signature_error::missing, "header " + std::string(name) + " is absent");
  }
  return verify_result::accepted();
}

auth_outcome channel_authenticator::authenticate(const header_lookup& headers, std::string_view raw_body,
                                                 unix_time_ms now) const {
  if (!signed_) return {};
  return signed_->authenticate(headers, raw_body, now);
}

void channel_authenticator::release(const accepted_nonce& nonce) const { nonces_.forget(channel_id_, nonce.nonce); }

}  // namespace casegw::auth
