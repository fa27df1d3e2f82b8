#include "progress_encoding.hpp"

#include "duplicate_keys.hpp"
#include "portal_vocabulary.hpp"
#include "wire_object.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/json_writer.hpp>

#include <boost/json/parse.hpp>

namespace casegw::city_portal {

namespace {

constexpr std::string_view event_schema = "casegw.event/v1";

struct progress {
  std::string submission_no, progress_id, occurred_at;
  progress_stage stage;
  std::optional<std::string> note, case_id;
};

progress read_event(const wire_object& event) {
  if (event.required_string("schema") != event_schema)
    throw sdk::rejection(sdk::code::unsupported_version, "schema", "this adapter reads casegw.event/v1 events only");
  progress p;
  p.progress_id = event.required_string("event_id");
  p.submission_no = event.required_string("channel_case_ref");
  const auto stage = stage_for_event_type(event.required_string("type"));
  if (!stage) throw sdk::invalid_field("type", "has no counterpart in the city portal's progress stages");
  p.stage = *stage;
  p.occurred_at = sdk::read_iso8601("occurred_at", event.required_string("occurred_at"));
  p.note = event.optional_string("status_text");
  p.case_id = event.optional_string("case_id");
  return p;
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
  boost::system::error_code ec;
  const boost::json::value document = boost::json::parse(event_json, ec);
  if (ec || !document.is_object()) throw sdk::malformed_body("a JSON object (the event)");
  if (const auto duplicate = first_duplicate_key(event_json)) throw sdk::duplicate_field(*duplicate);
  const progress p = read_event(wire_object(document.get_object(), ""));

  out.request_line("POST", std::string(path_prefix) + "/" + percent_encode_segment(p.submission_no) + "/progress");
  out.header("Content-Type", "application/json; charset=utf-8");
  // The gateway retries until the portal answers 2xx; the portal drops a progressId it has seen.
  out.header("Idempotency-Key", p.progress_id);
  out.body(progress_body(p));
}

}  // namespace casegw::city_portal
