#include "feedback_encoding.hpp"

#include "council_vocabulary.hpp"
#include "json_document.hpp"
#include "uri_encoding.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/json_writer.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::state_council {

namespace {

constexpr std::string_view event_schema = "casegw.event/v1";
constexpr std::size_t max_feedback_text = 4000;  // the platform's limit for 反馈内容

struct feedback {
  std::string feedback_id, item_id, occurred_at;
  feedback_type type;
  std::optional<std::string> text, case_id;
};

feedback read_event(const json_node& event) {
  if (event.text("schema") != event_schema)
    throw sdk::rejection(sdk::code::unsupported_version, "schema", "this adapter reads casegw.event/v1 events only");
  feedback f;
  f.feedback_id = event.text("event_id");
  f.item_id = event.text("channel_case_ref");
  const auto type = feedback_for_event(event.text("type"));
  if (!type) throw sdk::invalid_field("type", "has no counterpart in the platform's feedback types");
  f.type = *type;
  f.occurred_at = sdk::read_iso8601("occurred_at", event.text("occurred_at"));
  f.text = event.optional_text("status_text");
  if (f.text && sdk::is_blank(*f.text)) f.text.reset();
  if (f.type.needs_text && !f.text)
    throw sdk::rejection(sdk::code::missing_field, "status_text", "the platform requires a text with this feedback type");
  if (f.text) sdk::require_max_length("status_text", *f.text, max_feedback_text);
  f.case_id = event.optional_text("case_id");
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
  const json_document document = json_document::parse(event_json, "a JSON object");
  const feedback f = read_event(document.root());

  out.request_line("POST", std::string(path_prefix) + "/" + uri_encoded(f.item_id) + "/feedback");
  out.header("Content-Type", "application/json; charset=utf-8");
  // The gateway retries until a 2xx; the platform records a feedbackId once.
  out.header("Idempotency-Key", f.feedback_id);
  out.body(feedback_body(f));
}

}  // namespace casegw::state_council
