#include "intake/case_decoding.hpp"

#include "charset/to_utf8.hpp"
#include "config/load_context.hpp"
#include "unified_case/case_validator.hpp"

namespace casegw::intake {
namespace {

decoded_case failed(decoding_stage stage, std::string code, std::string field, std::string message) {
  decoded_case out;
  out.failure = decoding_failure{stage, std::move(code), std::move(field), std::move(message)};
  return out;
}

}  // namespace

std::optional<decoding_failure> screen_content_type(const channel& ch, std::string_view content_type) {
  const auto media = parse_media_type(content_type);
  if (content_type.empty())
    return decoding_failure{decoding_stage::media_type, "UNSUPPORTED_MEDIA_TYPE", "", "a Content-Type header is required"};
  if (!media || !ch.accepts_media_type(media->type)) {
    const std::string shown = media && media->type.size() <= 80 ? "'" + media->type + "'" : std::string("the given type");
    return decoding_failure{decoding_stage::media_type, "UNSUPPORTED_MEDIA_TYPE", "",
                            "this channel does not accept " + shown + "; it accepts: " + config::join_names(ch.media_types)};
  }
  if (!ch.accepts_charset(media->charset)) {
    const std::string shown = media->charset.size() <= 40 ? "'" + media->charset + "'" : std::string("the given charset");
    return decoding_failure{decoding_stage::charset, "UNSUPPORTED_CHARSET", "",
                            "this channel does not accept charset " + shown + "; it accepts: " + config::join_names(ch.charsets)};
  }
  return std::nullopt;
}

decoded_case decode_case(const channel& ch, const decoding_input& input) {
  if (auto refused = screen_content_type(ch, input.content_type)) {
    decoded_case out;
    out.failure = std::move(refused);
    return out;
  }

  const auto media = parse_media_type(input.content_type);
  const auto declared = media->charset.empty() ? charset::charset_name::utf8 : charset::canonical(media->charset);
  auto text = charset::to_utf8(input.body, declared);
  if (!text.ok()) return failed(decoding_stage::encoding, text.error->code, "", text.error->message);

  plugin_host::decode_input request{ch.id,         input.request_id, input.received_at, media->type,
                                    media->charset, input.headers,    text.text};
  auto outcome = ch.adapter->decode(request);
  if (outcome.status == CASEGW_REJECTED)
    return failed(decoding_stage::adapter, std::move(outcome.code), std::move(outcome.field), std::move(outcome.message));
  if (outcome.status != CASEGW_OK)
    return failed(decoding_stage::adapter_fault, "ADAPTER_FAILED", "",
                  "status " + std::to_string(outcome.status) + " " + outcome.code + ": " + outcome.message);

  auto validated = unified_case::validate_adapter_output(outcome.case_json);
  if (!validated.ok()) {
    auto& e = *validated.error;
    const bool plugin_bug = e.code == unified_case::error_code::adapter_output_invalid;
    return failed(plugin_bug ? decoding_stage::adapter_fault : decoding_stage::validation, std::move(e.code),
                  std::move(e.field), std::move(e.message));
  }
  decoded_case out;
  out.media = *media;
  out.adapter_part = std::move(*validated.adapter_part);
  return out;
}

std::string_view plugin_error_of(const decoding_failure& fault) noexcept {
  return fault.code == unified_case::error_code::adapter_output_invalid ? "invalid_output" : "failed";
}

}  // namespace casegw::intake
