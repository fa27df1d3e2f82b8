#include "reply_encoding.hpp"

#include "flat_message.hpp"
#include "platform_vocabulary.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/json_writer.hpp>

namespace casegw::gov_service_platform {

namespace {

constexpr std::string_view event_schema = "casegw.event/v1";

struct reply {
  std::string case_no, reply_id, reply_time;
  reply_kind kind;
  std::optional<std::string> content, city_case_id;
};

reply_kind kind_of(std::string_view event_type) {
  if (const auto kind = reply_for_event_type(event_type)) return *kind;
  if (event_type == "evaluated")
    throw sdk::invalid_field("type", "has no reply: the platform collects 好差评 ratings itself");
  throw sdk::invalid_field("type", "has no counterpart among the platform's reply types");
}

reply read_event(const flat_message& event) {
  if (event.required_text("schema") != event_schema)
    throw sdk::rejection(sdk::code::unsupported_version, "schema", "this adapter reads casegw.event/v1 events only");
  reply r;
  r.reply_id = event.required_text("event_id");
  r.case_no = event.required_text("channel_case_ref");
  r.kind = kind_of(event.required_text("type"));
  r.reply_time = sdk::beijing_local_datetime("occurred_at", event.required_text("occurred_at"));
  r.content = event.text("status_text");
  // A refusal, an extension and the final answer mean nothing to the reporter without words.
  if (r.kind.needs_text && !r.content) throw sdk::missing_field("status_text");
  r.city_case_id = event.text("case_id");
  return r;
}

std::string reply_body(const reply& r, std::string_view reply_unit) {
  sdk::json_writer w;
  w.begin_object();
  w.key("version").value("1.0");
  w.key("msgType").value("CASE_REPLY");
  w.key("caseNo").value(r.case_no);
  w.key("replyId").value(r.reply_id);
  w.key("replyType").value(r.kind.code);
  w.key("replyTypeName").value(r.kind.label);
  w.key("replyTime").value(r.reply_time);
  if (r.content) w.key("replyContent").value(*r.content);
  w.key("replyUnit").value(reply_unit);
  if (r.city_case_id) w.key("cityCaseId").value(*r.city_case_id);
  w.end_object();
  return w.release();
}

}  // namespace

void encode_reply(std::string_view event_json, const platform_settings& settings, sdk::outbound_request& out) {
  const reply r = read_event(flat_message::parse(event_json));
  // Written only once the whole event was read, so a refused event leaves the sink untouched.
  out.request_line("POST", settings.reply_path);
  out.header("Content-Type", "application/json; charset=utf-8");
  out.body(reply_body(r, settings.reply_unit));
}

}  // namespace casegw::gov_service_platform
