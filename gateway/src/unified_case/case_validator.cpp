// The adapter part of casegw.case/v1, as a table per object in schema order. Each line mirrors
// one property of docs/schemas/casegw.case.v1.schema.json; keep them in step.
#include "unified_case/case_validator.hpp"

#include "unified_case/case_vocabulary.hpp"
#include "unified_case/field_rules.hpp"
#include "unified_case/text_patterns.hpp"

#include <boost/json/parse.hpp>

#include <array>

namespace casegw::unified_case {
namespace {

using namespace rules;

constexpr auto required = presence::required;
constexpr auto optional = presence::optional;

value_check reference() {
  return text_matching(is_reference, "1 to 128 characters of A-Z a-z 0-9 . _ : / -, starting with a letter or digit");
}

value_check channel_part() {
  return object_of({
      {"case_ref", required, reference()},
      {"parent_ref", optional, reference()},
      {"sub_channel", optional, text_matching(is_sub_channel, "1 to 32 characters of a-z 0-9 _, starting with a letter")},
  });
}

value_check category() {
  return object_of({
      {"code", optional, text(1, 64)},
      {"channel_code", optional, text(1, 64)},
      {"name", optional, text(1, 100)},
  }, 1);
}

value_check attachment() {
  return object_of({
      {"uri", required, text(1, 2048)},
      {"mime", optional, text_matching(is_media_type, "a lowercase media type such as image/jpeg (at most 127 characters)")},
      {"sha256", optional, text_matching(is_sha256_hex, "64 lowercase hex digits")},
      {"size", optional, non_negative_integer()},
  });
}

value_check location() {
  return object_of({
      {"region_code", required, text_matching(is_region_code, "a 6-digit GB/T 2260 code or a 9- or 12-digit statistical code")},
      {"address", optional, text(1, 500)},
      {"geo", optional, object_of({
           {"lat", required, number_between(-90, 90)},
           {"lon", required, number_between(-180, 180)},
           {"crs", required, one_of({"WGS84", "GCJ02", "BD09"})},
       })},
  });
}

value_check reporter() {
  return object_of({
      {"type", required, one_of({"person", "enterprise", "anonymous"})},
      {"name", optional, text(1, 100)},
      {"phone", optional, text_matching(is_phone_number, "5 to 32 digits, spaces or hyphens, optionally after a leading +")},
      {"id_number", optional, text_matching(is_id_number, "4 to 32 letters or digits")},
      {"contact_consent", required, boolean()},
  });
}

value_check subject() {
  return object_of({
      {"type", required, one_of({"unit", "person", "enterprise"})},
      {"name", required, text(1, 200)},
  });
}

value_check handling() {
  return object_of({
      {"class", optional, one_of(case_classes())},
      {"assigned_due_at", optional, text_matching(is_rfc3339_timestamp, "an RFC 3339 time with offset, e.g. 2026-11-30T18:00:00+08:00")},
      {"urgent", optional, boolean()},
  }, 1);
}

const value_check& adapter_part() {
  static const value_check check = object_of({
      {"channel", required, channel_part()},
      {"submitted_at", required, text_matching(is_rfc3339_timestamp, "an RFC 3339 time with offset, e.g. 2026-11-20T09:30:00+08:00")},
      {"kind", required, one_of(case_kinds())},
      {"title", required, text(1, 200)},
      {"content", required, text(1, 20000)},
      {"domain", optional, one_of(case_domains())},
      {"category", optional, category()},
      {"attachments", optional, array_of(50, attachment())},
      {"location", required, location()},
      {"reporter", required, reporter()},
      {"consent_to_disclose", required, boolean()},
      {"subject", optional, subject()},
      {"handling", optional, handling()},
  });
  return check;
}

// Fields of the full case that only the gateway fills in. Named specifically so a plugin
// author sees why, rather than a generic "not allowed".
constexpr std::array<std::string_view, 8> gateway_owned_fields = {
    "schema", "case_id", "received_at", "raw", "deadlines", "evaluation", "scope", "route"};

std::optional<validation_error> gateway_owned_field_set(const boost::json::object& part) {
  for (const auto field : gateway_owned_fields) {
    if (part.contains(field)) {
      return make_error(error_code::unknown_field, std::string(field), "is set by the gateway; an adapter must not set it");
    }
  }
  const auto* channel = part.if_contains("channel");
  if (channel != nullptr && channel->is_object() && channel->get_object().contains("id")) {
    return make_error(error_code::unknown_field, "channel.id", "is set by the gateway from the configuration; an adapter must not set it");
  }
  return std::nullopt;
}

// Rules across fields, checked once every field is known to be well formed.
// "Anonymous" must mean it: a name, phone or ID number under it would be forwarded and shown
// as if the reporter had chosen to give them.
std::optional<validation_error> anonymous_reporter_identified(const boost::json::object& part) {
  const auto& reporter = part.at("reporter").get_object();
  if (reporter.at("type").get_string() != "anonymous") return std::nullopt;
  for (const std::string_view field : {"name", "phone", "id_number"}) {
    if (reporter.contains(field))
      return make_error(error_code::invalid_field, "reporter." + std::string(field), "must be absent for an anonymous reporter");
  }
  return std::nullopt;
}

validation_result failure(validation_error error) { return validation_result{std::nullopt, std::move(error)}; }

}  // namespace

validation_result validate_adapter_output(std::string_view json) {
  boost::system::error_code parse_error;
  boost::json::value parsed = boost::json::parse(json, parse_error);
  if (parse_error) {
    // The parser's message describes the syntax problem, not the text around it.
    return failure(make_error(error_code::adapter_output_invalid, "", "the adapter output is not valid JSON: " + parse_error.message()));
  }
  if (!parsed.is_object()) {
    return failure(make_error(error_code::adapter_output_invalid, "", "the adapter output must be a JSON object"));
  }
  if (auto error = gateway_owned_field_set(parsed.get_object())) return failure(std::move(*error));
  if (auto error = adapter_part()(parsed, "")) return failure(std::move(*error));
  if (auto error = anonymous_reporter_identified(parsed.get_object())) return failure(std::move(*error));
  return validation_result{std::move(parsed.get_object()), std::nullopt};
}

}  // namespace casegw::unified_case
