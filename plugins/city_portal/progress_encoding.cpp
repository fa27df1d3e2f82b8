#include "progress_encoding.hpp"

#include "portal_vocabulary.hpp"

#include <casegw/sdk/json/event_reader.hpp>
#include <casegw/sdk/json_writer.hpp>

namespace casegw::city_portal {

namespace {

struct progress {
  std::string submission_no, progress_id, occurred_at;
  progress_stage stage;
  std::optional<std::string> note, case_id;
};

progress read_event(std::string_view event_json) {
  sdk::json::workflow_event event = sdk::json::read_workflow_event(event_json);
  const auto stage = stage_for_event_type(event.type);
  if (!stage) throw sdk::invalid_field("type", "has no counterpart in the city portal's progress stages");
  return {std::move(event.channel_case_ref), std::move(event.event_id), std::move(event.occurred_at), *stage,
          std::move(event.status_text), std::move(event.case_id)};
}

std::string progress_body(const progress& p) {
  sdk::json_writer w;
  w.begin_object();
  w.key("submissionNo").value(p.submission_no);
  w.key("progressId").value(p.progress_id);
  w.key("stage").value(p.stage.code);
  w.key("stageName").value(p.stage.label);
  w.key("occurredAt").value(p.occurred_at);
  if (p.note) w.key("note").value(*p.note);
  if (p.case_id) w.key("caseId").value(*p.case_id);
  w.end_object();
  return w.release();
}

}  // namespace

std::string percent_encode_segment(std::string_view segment) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : segment) {
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                            c == '.' || c == '_' || c == '~';
    if (unreserved) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 0x0F];
    }
  }
  return out;
}

void encode_progress(std::string_view event_json, std::string_view path_prefix, sdk::outbound_request& out) {
  const progress p = read_event(event_json);

  out.request_line("POST", std::string(path_prefix) + "/" + percent_encode_segment(p.submission_no) + "/progress");
  out.header("Content-Type", "application/json; charset=utf-8");
  // The gateway retries until the portal answers 2xx; the portal drops a progressId it has seen.
  out.header("Idempotency-Key", p.progress_id);
  out.body(progress_body(p));
}

}  // namespace casegw::city_portal
