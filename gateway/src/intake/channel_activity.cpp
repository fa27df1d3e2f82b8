#include "intake/channel_activity.hpp"

#include <algorithm>
#include <utility>

namespace casegw::intake {

std::string_view code_or_invalid(std::string_view code) noexcept {
  const bool looks_like_code = !code.empty() && code.size() <= 64 && std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
  return looks_like_code ? code : std::string_view("INVALID_CODE");
}

channel_snapshot& channel_activity::entry(std::string_view channel_id) {
  auto found = channels_.find(channel_id);
  if (found == channels_.end()) found = channels_.emplace(std::string(channel_id), channel_snapshot{}).first;
  return found->second;
}

void channel_activity::record_case(std::string_view channel_id, case_outcome outcome, std::string_view code, int status,
                                   std::int64_t at_ms) {
  std::lock_guard lock(mutex_);
  auto& c = entry(channel_id);
  ++c.received;
  switch (outcome) {
    case case_outcome::accepted:
      ++c.accepted;
      c.last_accepted_ms = at_ms;
      break;
    case case_outcome::duplicate: ++c.duplicate; break;
    case case_outcome::rejected:
      ++c.rejected;
      c.last_error = activity_error{std::string(code_or_invalid(code)), status, at_ms};
      break;
  }
}

void channel_activity::record_answer(std::string_view channel_id, int status, std::string_view code,
                                     std::int64_t at_ms) {
  const auto outcome = status == 202 ? case_outcome::accepted : status == 200 ? case_outcome::duplicate : case_outcome::rejected;
  record_case(channel_id, outcome, code, status, at_ms);
}

void channel_activity::record_poll(std::string_view channel_id, poll_report report) {
  if (!report.code.empty()) report.code = code_or_invalid(report.code);
  std::lock_guard lock(mutex_);
  entry(channel_id).last_poll = std::move(report);
}

channel_snapshot channel_activity::snapshot(std::string_view channel_id) const {
  std::lock_guard lock(mutex_);
  const auto found = channels_.find(channel_id);
  return found == channels_.end() ? channel_snapshot{} : found->second;
}

}  // namespace casegw::intake
