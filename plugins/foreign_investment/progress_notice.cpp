#include "progress_notice.hpp"

#include "complaint_vocabulary.hpp"
#include "epoch_time.hpp"
#include "form_writer.hpp"
#include "workflow_event.hpp"

#include <casegw/sdk/date_time.hpp>
#include <casegw/sdk/field_errors.hpp>

namespace casegw::foreign_investment {

namespace {

constexpr std::string_view event_schema = "casegw.event/v1";
constexpr std::size_t max_event_id = 128;

// event_id travels in a header too: a CR or LF in it would split the request.
bool is_header_token(std::string_view text) noexcept {
  if (text.empty() || text.size() > max_event_id) return false;
  for (char c : text) {
    const bool allowed = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' ||
                         c == '_' || c == '.' || c == ':';
    if (!allowed) return false;
  }
  return true;
}

struct notice {
  std::string complaint_no, notice_id, occurred_at;
  progress_status status;
  std::optional<std::string> reply, case_id;
};

notice read_notice(const workflow_event& event) {
  if (event.required_string("schema") != event_schema)
    throw sdk::rejection(sdk::code::unsupported_version, "schema", "this adapter reads casegw.event/v1 events only");
  notice n;
  n.notice_id = event.required_string("event_id");
  if (!is_header_token(n.notice_id))
    throw sdk::invalid_field("event_id", "must be 1 to 128 letters, digits or - _ . :");
  n.complaint_no = event.required_string("channel_case_ref");
  const auto status = progress_status_for(event.required_string("type"));
  if (!status) throw sdk::invalid_field("type", "has no counterpart among the complaint system's progress statuses");
  n.status = *status;
  n.occurred_at = sdk::read_iso8601("occurred_at", event.required_string("occurred_at"));
  n.reply = event.optional_string("status_text");
  n.case_id = event.optional_string("case_id");
  return n;
}

std::string notice_body(const notice& n) {
  form_writer form;
  form.add("complaintNo", n.complaint_no)
      .add("noticeId", n.notice_id)
      .add("progressStatus", n.status.code)
      .add("progressName", n.status.label)
      .add("occurTime", std::to_string(epoch_millis_of(n.occurred_at)));
  if (n.reply) form.add("replyContent", *n.reply);
  if (n.case_id) form.add("caseId", *n.case_id);
  return form.release();
}

}  // namespace

void encode_progress_notice(std::string_view event_json, std::string_view progress_path, sdk::outbound_request& out) {
  const notice n = read_notice(workflow_event::parse(event_json));
  const std::string body = notice_body(n);
  out.request_line("POST", progress_path);
  out.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
  // The gateway retries until the complaint system answers 2xx; the system ignores a
  // noticeId it has already recorded.
  out.header("Idempotency-Key", n.notice_id);
  out.body(body);
}

}  // namespace casegw::foreign_investment
