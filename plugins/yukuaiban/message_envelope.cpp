#include "message_envelope.hpp"

#include "strict_json.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::yukuaiban {

namespace {

constexpr std::size_t max_msg_id = 64;

message_type read_type(const message_object& meta) {
  const std::string type = meta.text("msgType");
  if (type == "order") return message_type::order;
  if (type == "evaluation") return message_type::evaluation;
  throw sdk::invalid_field(meta.path_of("msgType"), "must be order or evaluation");
}

void check_app_id(const message_object& meta, const ykb_settings& settings) {
  const std::string app_id = meta.text("appId");
  if (!settings.app_id.empty() && app_id != settings.app_id)
    throw sdk::invalid_field(meta.path_of("appId"), "is not the application this channel is configured for (setting app_id)");
}

}  // namespace

bool is_supported_version(std::string_view version) noexcept {
  if (version == "1") return true;
  return version.size() > 2 && version.substr(0, 2) == "1." && sdk::is_all_digits(version.substr(2));
}

ykb_message ykb_message::parse(std::string_view body, const ykb_settings& settings) {
  boost::json::value document = parse_strict_object(body);
  const message_object meta = message_object(document.get_object(), "").object("meta");
  if (!is_supported_version(meta.text("version")))
    throw sdk::rejection(sdk::code::unsupported_version, meta.path_of("version"), "this adapter reads envelope version 1.x only");
  check_app_id(meta, settings);
  sdk::require_max_length(meta.path_of("msgId"), meta.text("msgId"), max_msg_id);
  sdk::read_iso8601(meta.path_of("timestamp"), meta.text("timestamp"));
  const message_type type = read_type(meta);

  ykb_message message(std::move(document), type);
  message.data();  // present and an object, or the whole push is refused here
  return message;
}

message_object ykb_message::root() const { return message_object(document_.get_object(), ""); }

message_object ykb_message::data() const { return root().object("data"); }

}  // namespace casegw::yukuaiban
