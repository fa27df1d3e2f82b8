// What each channel has done since the gateway started, for GET /admin/v1/channels: how many
// cases it sent and what became of them, its last error and its last accepted case; for a
// pulled channel also its last poll. Thread-safe: intake threads, pollers and the admin
// listener all use one instance.
//
// Only codes, HTTP statuses, counts and times are kept: never a message, which could quote the
// payload. Kept by channel id, so the history survives a reload that rebuilds the channels.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace casegw::intake {

// Codes are kept only when they look like codes ([A-Z0-9_], at most 64): a plugin's code for a
// refused poll or item is the plugin's text, and anything else is kept as "INVALID_CODE".
std::string_view code_or_invalid(std::string_view code) noexcept;

struct activity_error {
  std::string code;       // the error code answered (or recorded for a pulled item)
  int status = 0;         // the HTTP status answered; 0 for a pulled item (no answer is sent)
  std::int64_t at_ms = 0;
};

struct poll_report {
  std::string outcome;    // ok, refused, unreachable, adapter_failed, store_unavailable
  int status = 0;         // the platform's HTTP status; 0 when it did not answer
  std::string code;       // "" for ok
  std::int64_t at_ms = 0;
};

struct channel_snapshot {
  std::uint64_t received = 0;  // = accepted + duplicate + rejected
  std::uint64_t accepted = 0;
  std::uint64_t duplicate = 0;
  std::uint64_t rejected = 0;
  std::optional<activity_error> last_error;
  std::int64_t last_accepted_ms = 0;  // 0 = never
  std::optional<poll_report> last_poll;
  // A pulled channel whose last poll did not succeed waits before it polls again.
  bool backing_off() const noexcept { return last_poll && last_poll->outcome != "ok"; }
};

enum class case_outcome { accepted, duplicate, rejected };

class channel_activity {
 public:
  // One case (a pushed request, or an item of a poll) and what became of it; `code` and
  // `status` describe a rejection and are ignored otherwise.
  void record_case(std::string_view channel_id, case_outcome outcome, std::string_view code, int status,
                   std::int64_t at_ms);
  // A pushed request's answer, by its status: 202 accepted, 200 duplicate, else rejected.
  void record_answer(std::string_view channel_id, int status, std::string_view code, std::int64_t at_ms);
  void record_poll(std::string_view channel_id, poll_report report);

  // All zero for a channel that has done nothing yet.
  channel_snapshot snapshot(std::string_view channel_id) const;

 private:
  channel_snapshot& entry(std::string_view channel_id);  // under mutex_

  mutable std::mutex mutex_;
  std::map<std::string, channel_snapshot, std::less<>> channels_;
};

}  // namespace casegw::intake
