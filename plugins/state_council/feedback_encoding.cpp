#include "feedback_encoding.hpp"

#include "council_vocabulary.hpp"
#include "uri_encoding.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/json/event_reader.hpp>
#include <casegw/sdk/json_writer.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::state_council {

namespace {

constexpr std::size_t max_feedback_text = 4000;  // the platform's limit for 反馈内容

struct feedback {
  std::string feedback_id, item_id, occurred_at;
  feedback_type type;
  std::optional<std::string> text, case_id;
};

feedback read_event(std::string_view event_json) {
  sdk::json::workflow_event event = sdk::json::read_workflow_event(event_json);
  const auto type = feedback_for_event(event.type);
  if (!type) throw sdk::invalid_field("type", "has no counterpart in the platform's feedback types");
  feedback f{std::move(event.event_id), std::move(event.channel_case_ref), std::move(event.occurred_at), *type,
             std::move(event.status_text), std::move(event.case_id)};
  if (f.type.needs_text && !f.text)
    throw sdk::rejection(sdk::code::missing_field, "status_text", "the platform requires a text with this feedback type");
  if (f.text) sdk::require_max_length("status_text", *f.text, max_feedback_text);
  return f;
}

std::string feedback_body(const feedback& f) {
  sdk::json_writer w;
  w.begin_object();
  w.key("feedbackId").value(f.feedback_id);
  w.key("itemId").value(f.item_id);
  w.key("feedback").begin_object();
  w.key("type").value(f.type.code);
  w.key("typeName").value(f.type.label);
  w.key("occurredAt").value(f.occurred_at);
  if (f.text) w.key("content").value(*f.text);
  w.end_object();
  if (f.case_id) w.key("gatewayCaseId").value(*f.case_id);
  w.end_object();
  return w.release();
}

}  // namespace

void encode_feedback(std::string_view event_json, std::string_view path_prefix, sdk::outbound_request& out) {
  const feedback f = read_event(event_json);

  out.request_line("POST", std::string(path_prefix) + "/" + uri_encoded(f.item_id) + "/feedback");
  out.header("Content-Type", "application/json; charset=utf-8");
  // The gateway retries until a 2xx; the platform records a feedbackId once.
  out.header("Idempotency-Key", f.feedback_id);
  out.body(feedback_body(f));
}

}  // namespace casegw::state_council
