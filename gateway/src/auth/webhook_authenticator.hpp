// One channel's complete check of a signed webhook request, in the order that is cheapest
// and safest: headers present and well-formed, timestamp inside the window (cheap, before an
// SM2 verification), signature over the raw bytes, and only then the nonce, so that a forger
// can never use up a legitimate sender's nonce.
#pragma once

#include "auth/nonce_register.hpp"
#include "auth/replay_window.hpp"
#include "auth/signature_error.hpp"
#include "auth/signature_verifier.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace casegw::auth {

// Proposed header names (docs/authentication.md); matched case-insensitively by the caller.
inline constexpr std::string_view timestamp_header = "X-Casegw-Timestamp";
inline constexpr std::string_view nonce_header = "X-Casegw-Nonce";
inline constexpr std::string_view signature_header_name = "X-Casegw-Signature";

// What the HTTP layer extracts for us; nullopt = header absent. raw_body: the bytes exactly
// as received, before charset conversion or parsing.
struct signed_request {
  std::optional<std::string_view> timestamp;
  std::optional<std::string_view> nonce;
  std::optional<std::string_view> signature;
  std::string_view raw_body;
};

class webhook_authenticator {
 public:
  // Borrows the verifier and the register; both must outlive the authenticator.
  webhook_authenticator(std::string channel, const signature_verifier& verifier, nonce_register& nonces,
                        std::chrono::seconds window = default_replay_window);

  verify_result authenticate(const signed_request& request, unix_time_ms now) const;

 private:
  verify_result check_headers(const signed_request& request) const;

  std::string channel_;
  const signature_verifier& verifier_;
  nonce_register& nonces_;
  std::chrono::seconds window_;
};

}  // namespace casegw::auth
