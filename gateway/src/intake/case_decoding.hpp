// From the bytes a channel sent to a validated adapter part of a unified case, without HTTP:
// media type and charset accepted by the channel -> body converted to UTF-8 (strictly: a bad byte
// is an error, never U+FFFD) -> the adapter's decode() -> unified-case validation.
//
// The intake handler and the conformance kit (`casegw conformance`) share this, so a golden case
// behaves exactly as the same request does in production.
#pragma once

#include "intake/channel_registry.hpp"
#include "intake/media_type.hpp"

#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace casegw::intake {

struct decoding_input {
  std::string_view request_id;
  std::string_view received_at;   // RFC 3339, gateway clock
  std::string_view content_type;  // the header as sent
  const std::vector<std::pair<std::string, std::string>>* headers = nullptr;
  std::string_view body;          // raw bytes as received
};

enum class decoding_stage { media_type, charset, encoding, adapter, adapter_fault, validation };

struct decoding_failure {
  decoding_stage stage;
  std::string code;     // e.g. UNSUPPORTED_MEDIA_TYPE, INVALID_ENCODING, the plugin's code, MISSING_FIELD
  std::string field;    // wire field (adapter) or unified field (validation); "" when none
  std::string message;  // names fields, limits and offsets; never content
};

struct decoded_case {
  std::optional<decoding_failure> failure;
  media_type media;                  // as parsed from Content-Type
  boost::json::object adapter_part;  // when no failure
};

// The Content-Type checks alone (the intake runs them on the header, before reading a body).
std::optional<decoding_failure> screen_content_type(const channel& ch, std::string_view content_type);

decoded_case decode_case(const channel& ch, const decoding_input& input);

// For an adapter_fault: "invalid_output" when the plugin's output was not a unified case at
// all, else "failed" (the words of casegw_plugin_errors_total's error label).
std::string_view plugin_error_of(const decoding_failure& fault) noexcept;

}  // namespace casegw::intake
