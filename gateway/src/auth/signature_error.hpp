// The outcome of every authentication check, with the error codes the HTTP API will return
// (docs/authentication.md). Messages name headers and limits, never secrets or signatures:
// they end up in logs and in answers to unauthenticated peers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace casegw::auth {

enum class signature_error {
  missing,    // AUTH_MISSING: a required header is absent
  malformed,  // AUTH_MALFORMED: a header is present but cannot be decoded
  signature,  // AUTH_SIGNATURE: well-formed, but no signature / key matches
  timestamp,  // AUTH_TIMESTAMP: the timestamp is outside the channel's window
  replay,     // AUTH_REPLAY: the nonce was already used
  certificate,  // AUTH_CERTIFICATE: no client certificate, or not one this channel accepts
};

// "AUTH_MISSING", "AUTH_MALFORMED", ... as the HTTP error body carries them.
std::string_view error_code(signature_error error) noexcept;

// Every authentication failure is answered 401: the sender must fix its credentials or
// clock, and retrying the same bytes will never succeed.
int http_status(signature_error error) noexcept;

class verify_result {
 public:
  static verify_result accepted() { return verify_result(); }
  static verify_result rejected(signature_error error, std::string message) {
    return verify_result(error, std::move(message));
  }

  bool ok() const noexcept { return !error_.has_value(); }
  explicit operator bool() const noexcept { return ok(); }
  // Only meaningful when !ok().
  signature_error error() const { return error_.value(); }
  const std::string& message() const noexcept { return message_; }

 private:
  verify_result() = default;
  verify_result(signature_error error, std::string message) : error_(error), message_(std::move(message)) {}

  std::optional<signature_error> error_;
  std::string message_;
};

}  // namespace casegw::auth
