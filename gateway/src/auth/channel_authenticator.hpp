// One channel's authentication, whatever scheme its configuration chose (docs/authentication.md):
//   hmac-sha256, hmac-sm3, sm2   signed requests: timestamp window, signature over the raw body, nonce
//   api-key                      a static key in a header, compared in constant time
//   mtls                         the verified client certificate, by subject and/or fingerprint
//   none                         development only (the config refuses it off loopback)
// A client-certificate rule may be added to any scheme, and is then required as well.
//
// screen() runs on the headers, before the body is read, so that most unauthenticated requests
// cost nothing; authenticate() runs on the raw body, before any parsing or charset conversion.
#pragma once

#include "auth/nonce_register.hpp"
#include "auth/replay_window.hpp"
#include "auth/secret.hpp"
#include "auth/signature_error.hpp"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::auth {

class api_key_verifier;

enum class scheme { hmac_sha256, hmac_sm3, sm2, api_key, mtls, none };

// nullopt for an unknown name; names as in config: "hmac-sha256", "api-key", ...
std::optional<scheme> scheme_named(std::string_view name);
// The config name of a scheme ("hmac-sha256", "api-key", ...): scheme_named's inverse.
std::string_view scheme_name(scheme s) noexcept;

struct certificate_rule {
  std::string subject;  // "" = any
  std::string sha256;   // "" = any; lowercase hex
};

struct channel_auth_options {
  std::string channel_id;
  auth::scheme scheme = scheme::none;
  std::vector<secret> secrets;             // hmac-*: keys; api-key: keys
  std::string public_key_pem;              // sm2
  std::string distinguishing_id = "1234567812345678";
  std::string api_key_header = "X-Casegw-Api-Key";
  std::chrono::seconds window = default_replay_window;
  std::vector<certificate_rule> certificates;
};

// The client certificate the TLS layer verified ("" when none was presented).
struct presented_certificate {
  std::string_view subject;
  std::string_view sha256;
};

// Case-insensitive header lookup supplied by the HTTP layer; nullopt when absent.
using header_lookup = std::function<std::optional<std::string_view>(std::string_view name)>;

// The nonce a signed request used: committed with its case, or released if none is stored.
struct accepted_nonce {
  std::string nonce;
  unix_time_ms expires_at;
};

struct auth_outcome {
  verify_result result = verify_result::accepted();
  std::optional<accepted_nonce> nonce;
};

class channel_authenticator {
 public:
  // Throws std::invalid_argument (naming the channel, never key material) when the options
  // cannot work: no secret, an unreadable SM2 key.
  channel_authenticator(channel_auth_options options, nonce_register& nonces);
  ~channel_authenticator();
  channel_authenticator(const channel_authenticator&) = delete;
  channel_authenticator& operator=(const channel_authenticator&) = delete;

  auth::scheme scheme() const noexcept { return scheme_; }

  verify_result screen(const header_lookup& headers, presented_certificate certificate) const;
  auth_outcome authenticate(const header_lookup& headers, std::string_view raw_body, unix_time_ms now) const;

  // The request holding this nonce was not stored: the sender may retry the same bytes.
  void release(const accepted_nonce& nonce) const;

 private:
  class signed_scheme;

  verify_result check_certificate(presented_certificate certificate) const;

  std::string channel_id_;
  auth::scheme scheme_;
  std::vector<certificate_rule> certificates_;
  nonce_register& nonces_;
  std::unique_ptr<signed_scheme> signed_;            // hmac-*, sm2
  std::unique_ptr<api_key_verifier> api_key_;  // api-key
};

}  // namespace casegw::auth
