#include "progress_message.hpp"

#include "message_object.hpp"
#include "strict_json.hpp"
#include "ykb_vocabulary.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/json_writer.hpp>

#include <optional>
#include <string>

namespace casegw::yukuaiban {

namespace {

constexpr std::string_view event_schema = "casegw.event/v1";

struct progress {
  std::string msg_id, order_no, handle_time;
  progress_status status;
  std::optional<std::string> opinion, case_id;
};

// Refusing and closing an order must tell the user why and what came of it ("办理结果快速反馈";
// an out-of-scope item's reporter is told why), so those two carry their text.
bool needs_opinion(std::string_view event_type) noexcept { return event_type == "not_accepted" || event_type == "resolved"; }

progress read_event(const message_object& event) {
  if (event.text("schema") != event_schema)
    throw sdk::rejection(sdk::code::unsupported_version, "schema", "this adapter reads casegw.event/v1 events only");
  progress p;
  p.msg_id = event.text("event_id");
  p.order_no = event.text("channel_case_ref");
  const std::string type = event.text("type");
  const auto status = status_for_event_type(type);
  if (!status) throw sdk::invalid_field("type", "has no counterpart among 渝快办's progress statuses");
  p.status = *status;
  p.handle_time = sdk::read_iso8601("occurred_at", event.text("occurred_at"));
  p.opinion = needs_opinion(type) ? std::optional<std::string>(event.text("status_text")) : event.optional_text("status_text");
  p.case_id = event.optional_text("case_id");
  return p;
}

std::string progress_body(const progress& p) {
  sdk::json_writer w;
  w.begin_object();
  w.key("meta").begin_object();
  w.key("msgId").value(p.msg_id).key("msgType").value("progress").key("version").value("1.0");
  w.end_object();
  w.key("data").begin_object().key("progress").begin_object();
  w.key("orderNo").value(p.order_no);
  w.key("status").value(p.status.code).key("statusName").value(p.status.name);
  w.key("handleTime").value(p.handle_time);
  if (p.opinion) w.key("opinion").value(*p.opinion);
  if (p.case_id) w.key("gatewayCaseId").value(*p.case_id);
  w.end_object().end_object();
  w.end_object();
  return w.release();
}

}  // namespace

void encode_progress(std::string_view event_json, std::string_view progress_path, sdk::outbound_request& out) {
  const boost::json::value document = parse_strict_object(event_json);
  const progress p = read_event(message_object(document.get_object(), ""));

  out.request_line("POST", progress_path);
  out.header("Content-Type", "application/json; charset=utf-8");
  // The gateway retries until 渝快办 answers 2xx; the platform drops a msgId it has recorded.
  out.header("Idempotency-Key", p.msg_id);
  out.body(progress_body(p));
}

}  // namespace casegw::yukuaiban
