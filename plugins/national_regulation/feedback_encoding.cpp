#include "feedback_encoding.hpp"

#include "regulation_vocabulary.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/json/event_reader.hpp>
#include <casegw/sdk/json_writer.hpp>
#include <casegw/sdk/text.hpp>

#include <optional>
#include <string>

namespace casegw::national_regulation {

namespace {

constexpr std::string_view feedback_version = "1.0";
// The platform's opinion field (办理意见 / 办理结果) holds at most this many characters.
constexpr std::size_t max_opinion = 4000;

struct feedback {
  std::string message_id, clue_no;
  feedback_status status;
  std::int64_t handled_at = 0;
  std::optional<std::string> opinion, local_case_id;
};

feedback read_event(std::string_view event_json) {
  sdk::json::workflow_event event = sdk::json::read_workflow_event(event_json);
  const auto status = status_for_event_type(event.type);
  if (!status)
    throw sdk::invalid_field("type", "has no counterpart among the national system's feedback statuses");
  feedback f;
  f.message_id = std::move(event.event_id);  // stable across retries: the platform drops a msgId it has seen
  f.clue_no = std::move(event.channel_case_ref);
  f.status = *status;
  f.handled_at = sdk::epoch_millis_of("occurred_at", event.occurred_at);
  f.opinion = std::move(event.status_text);
  if (f.status.needs_text && !f.opinion) throw sdk::missing_field("status_text");
  if (f.opinion) sdk::require_max_length("status_text", *f.opinion, max_opinion);
  f.local_case_id = std::move(event.case_id);
  return f;
}

std::string feedback_body(const feedback& f, const regulation_settings& settings) {
  sdk::json_writer w;
  w.begin_object();
  w.key("header").begin_object();
  w.key("msgId").value(f.message_id);
  w.key("version").value(feedback_version);
  w.key("msgType").value(clue_feedback);
  w.key("sender").value(settings.access_code);
  w.end_object();
  w.key("body").begin_object().key("feedback").begin_object();
  w.key("clueNo").value(f.clue_no);
  w.key("status").value(f.status.code);
  w.key("statusName").value(f.status.label);
  w.key("handleTime").value(f.handled_at);
  if (f.opinion) w.key("opinion").value(*f.opinion);
  if (f.local_case_id) w.key("localCaseId").value(*f.local_case_id);
  w.end_object().end_object();
  w.end_object();
  return w.release();
}

}  // namespace

void encode_feedback(std::string_view event_json, const regulation_settings& settings, sdk::outbound_request& out) {
  const feedback f = read_event(event_json);
  out.request_line("POST", settings.feedback_path);
  out.header("Content-Type", "application/json; charset=utf-8");
  out.body(feedback_body(f, settings));
}

}  // namespace casegw::national_regulation
