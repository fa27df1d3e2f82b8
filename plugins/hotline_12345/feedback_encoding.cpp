#include "feedback_encoding.hpp"

#include "beijing_time.hpp"
#include "hotline_vocabulary.hpp"
#include "xml_escaping.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/field_errors.hpp>
#include <casegw/sdk/text.hpp>

#include <boost/json/parse.hpp>

#include <optional>
#include <string>

namespace casegw::hotline_12345 {

namespace {

constexpr std::string_view event_schema = "casegw.event/v1";
// The work-order system stores feedback text in a column of this many characters.
constexpr std::size_t max_content = 4000;

struct feedback {
  std::string feedback_id, order_no, time;
  feedback_type type;
  std::optional<std::string> content, case_id;
};

std::optional<std::string> optional_member(const boost::json::object& event, std::string_view key) {
  const auto* value = event.if_contains(key);
  if (!value || value->is_null()) return std::nullopt;
  if (!value->is_string()) throw sdk::wrong_type(std::string(key), "a string");
  if (sdk::is_blank(value->get_string())) return std::nullopt;
  return std::string(value->get_string());
}

std::string required_member(const boost::json::object& event, std::string_view key) {
  auto text = optional_member(event, key);
  if (!text) throw sdk::missing_field(std::string(key));
  return *std::move(text);
}

// Identifiers go into a header and the system's key columns: the reference pattern keeps them
// free of anything that could break either.
std::string reference_member(const boost::json::object& event, std::string_view key) {
  std::string text = required_member(event, key);
  if (!sdk::is_case_reference(text))
    throw sdk::invalid_field(std::string(key),
                             "must be 1 to 128 letters, digits or . _ : / - and start with a letter or digit");
  return text;
}

std::optional<std::string> text_member(const boost::json::object& event, std::string_view key) {
  auto text = optional_member(event, key);
  if (!text) return std::nullopt;
  if (!is_xml_text(*text)) throw sdk::invalid_field(std::string(key), "holds control characters XML cannot carry");
  sdk::require_max_length(std::string(key), *text, max_content);
  return text;
}

feedback read_event(const boost::json::object& event) {
  if (required_member(event, "schema") != event_schema)
    throw sdk::rejection(sdk::code::unsupported_version, "schema", "this adapter reads casegw.event/v1 events only");
  feedback f;
  f.feedback_id = reference_member(event, "event_id");
  f.order_no = reference_member(event, "channel_case_ref");
  const auto type = feedback_type_for_event(required_member(event, "type"));
  if (!type) throw sdk::invalid_field("type", "has no counterpart in the 12345 work-order system's feedback types");
  f.type = *type;
  f.time = beijing_local_time(sdk::read_iso8601("occurred_at", required_member(event, "occurred_at")));
  f.content = text_member(event, "status_text");
  // 退单 and 延期 need a reason, 办结 the answer given: the hotline reads it to the caller.
  if (f.type.needs_text && !f.content) throw sdk::missing_field("status_text");
  if (auto case_id = optional_member(event, "case_id")) {
    if (!sdk::is_case_reference(*case_id)) throw sdk::invalid_field("case_id", "must be the gateway's case id");
    f.case_id = std::move(case_id);
  }
  return f;
}

void element(std::string& xml, std::string_view name, std::string_view text) {
  xml += "  <";
  xml += name;
  xml += '>';
  xml += xml_escaped(text);
  xml += "</";
  xml += name;
  xml += ">\n";
}

std::string feedback_xml(const feedback& f) {
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feedback version=\"1\">\n";
  element(xml, "feedbackId", f.feedback_id);
  element(xml, "orderNo", f.order_no);
  element(xml, "feedbackType", f.type.code);
  element(xml, "feedbackTypeName", f.type.label);
  element(xml, "feedbackTime", f.time);
  if (f.content) element(xml, "content", *f.content);
  if (f.case_id) element(xml, "caseId", *f.case_id);
  xml += "</feedback>\n";
  return xml;
}

}  // namespace

void encode_feedback(std::string_view event_json, std::string_view reply_path, sdk::outbound_request& out) {
  boost::system::error_code ec;
  // Default options: strict JSON, invalid UTF-8 refused. The event comes from the gateway.
  const boost::json::value document = boost::json::parse(event_json, ec);
  if (ec || !document.is_object()) throw sdk::malformed_body("a casegw.event/v1 JSON object");
  const feedback f = read_event(document.get_object());

  out.request_line("POST", reply_path);
  out.header("Content-Type", "application/xml; charset=UTF-8");
  // The gateway retries until a 2xx; the system drops a feedbackId it has already recorded.
  out.header("Idempotency-Key", f.feedback_id);
  out.body(feedback_xml(f));
}

}  // namespace casegw::hotline_12345
