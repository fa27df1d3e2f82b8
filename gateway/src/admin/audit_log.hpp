// Who read which case, when, and why (the X-Audit-Reason header): one JSON line per read of
// case content through the admin API. Appended and flushed before the answer is sent.
#pragma once

#include <mutex>
#include <string>
#include <string_view>

namespace casegw::admin {

struct audit_entry {
  std::string who;      // "token" or "anonymous", and the remote address
  std::string what;     // "GET /admin/v1/cases/{id}"
  std::string case_id;
  std::string reason;   // as given by the caller, or ""
  std::string request_id;
};

class audit_log {
 public:
  explicit audit_log(std::string path);  // throws std::runtime_error when the file cannot be opened
  ~audit_log();
  audit_log(const audit_log&) = delete;
  audit_log& operator=(const audit_log&) = delete;

  void record(const audit_entry& entry);

 private:
  std::mutex mutex_;
  std::string path_;
  int fd_ = -1;
};

}  // namespace casegw::admin
