#include "message_envelope.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/json/strict_json.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::yukuaiban {

namespace {

constexpr std::size_t max_msg_id = 64;

message_type read_type(const sdk::json::json_object& meta) {
  const std::string type = meta.required_string("msgType");
  if (type == "order") return message_type::order;
  if (type == "evaluation") return message_type::evaluation;
  throw sdk::invalid_field(meta.path_of("msgType"), "must be order or evaluation");
}

void check_app_id(const sdk::json::json_object& meta, const ykb_settings& settings) {
  const std::string app_id = meta.required_string("appId");
  if (!settings.app_id.empty() && app_id != settings.app_id)
    throw sdk::invalid_field(meta.path_of("appId"), "is not the application this channel is configured for (setting app_id)");
}

}  // namespace

bool is_supported_version(std::string_view version) noexcept {
  if (version == "1") return true;
  return version.size() > 2 && version.substr(0, 2) == "1." && sdk::is_all_digits(version.substr(2));
}

ykb_message ykb_message::parse(std::string_view body, const ykb_settings& settings) {
  // Strict JSON: no comments, no trailing commas, nesting at most 32 deep, no key twice; a
  // leading UTF-8 byte order mark marks the encoding and is skipped.
  boost::json::value document = sdk::json::parse_strict_object(body, {.skip_byte_order_mark = true});
  const sdk::json::json_object meta = sdk::json::json_object(document.get_object()).required_object("meta");
  if (!is_supported_version(meta.required_string("version")))
    throw sdk::rejection(sdk::code::unsupported_version, meta.path_of("version"), "this adapter reads envelope version 1.x only");
  check_app_id(meta, settings);
  sdk::require_max_length(meta.path_of("msgId"), meta.required_string("msgId"), max_msg_id);
  sdk::read_iso8601(meta.path_of("timestamp"), meta.required_string("timestamp"));
  const message_type type = read_type(meta);

  ykb_message message(std::move(document), type);
  message.data();  // present and an object, or the whole push is refused here
  return message;
}

sdk::json::json_object ykb_message::root() const { return sdk::json::json_object(document_.get_object()); }

sdk::json::json_object ykb_message::data() const { return root().required_object("data"); }

}  // namespace casegw::yukuaiban
