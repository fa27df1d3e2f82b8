// The exception an adapter throws to refuse an input. The SDK thunks turn it into
// CASEGW_REJECTED with the code, field and message in the gateway's error buffers, and the
// upstream receives 400 {"error": {"code": ..., "message": ...}}.
#pragma once

#include <stdexcept>
#include <string>

namespace casegw::sdk {

class rejection : public std::runtime_error {
 public:
  // code: UPPER_SNAKE (MISSING_FIELD, INVALID_FIELD, MALFORMED_BODY, ...);
  // field: dotted path of the wire field; message: one sentence without reporter data.
  rejection(std::string code, std::string field, const std::string& message)
      : std::runtime_error(message), code_(std::move(code)), field_(std::move(field)) {}

  const std::string& code() const noexcept { return code_; }
  const std::string& field() const noexcept { return field_; }

 private:
  std::string code_;
  std::string field_;
};

// Thrown from an adapter's constructor when its settings make no sense together.
class config_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace casegw::sdk
