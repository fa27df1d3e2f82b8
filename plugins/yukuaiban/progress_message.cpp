#include "progress_message.hpp"

#include "ykb_vocabulary.hpp"

#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/json/event_reader.hpp>
#include <casegw/sdk/json_writer.hpp>

#include <optional>
#include <string>

namespace casegw::yukuaiban {

namespace {

struct progress {
  std::string msg_id, order_no, handle_time;
  progress_status status;
  std::optional<std::string> opinion, case_id;
};

// Refusing and closing an order must tell the user why and what came of it ("办理结果快速反馈";
// an out-of-scope item's reporter is told why), so those two carry their text.
bool needs_opinion(std::string_view event_type) noexcept { return event_type == "not_accepted" || event_type == "resolved"; }

progress read_event(std::string_view event_json) {
  sdk::json::workflow_event event = sdk::json::read_workflow_event(event_json);
  const auto status = status_for_event_type(event.type);
  if (!status) throw sdk::invalid_field("type", "has no counterpart among 渝快办's progress statuses");
  if (needs_opinion(event.type) && !event.status_text) throw sdk::missing_field("status_text");
  return {std::move(event.event_id), std::move(event.channel_case_ref), std::move(event.occurred_at), *status,
          std::move(event.status_text), std::move(event.case_id)};
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
  const progress p = read_event(event_json);

  out.request_line("POST", progress_path);
  out.header("Content-Type", "application/json; charset=utf-8");
  // The gateway retries until 渝快办 answers 2xx; the platform drops a msgId it has recorded.
  out.header("Idempotency-Key", p.msg_id);
  out.body(progress_body(p));
}

}  // namespace casegw::yukuaiban
