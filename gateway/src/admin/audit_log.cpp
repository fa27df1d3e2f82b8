#include "admin/audit_log.hpp"

#include "time/rfc3339.hpp"

#include <boost/json.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <unistd.h>

namespace casegw::admin {

audit_log::audit_log(std::string path) : path_(std::move(path)) {
  fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  if (fd_ < 0) throw std::runtime_error("cannot open audit log '" + path_ + "': " + std::strerror(errno));
}

audit_log::~audit_log() {
  if (fd_ >= 0) ::close(fd_);
}

void audit_log::record(const audit_entry& entry) {
  boost::json::object line{{"at", time::format_rfc3339(time::now_unix_ms())},
                           {"who", entry.who},
                           {"what", entry.what},
                           {"case_id", entry.case_id},
                           {"reason", entry.reason},
                           {"request_id", entry.request_id}};
  const std::string text = boost::json::serialize(line) + "\n";
  std::lock_guard lock(mutex_);
  // O_APPEND keeps concurrent lines whole; fdatasync makes the trail survive a crash.
  if (::write(fd_, text.data(), text.size()) != static_cast<ssize_t>(text.size()) || ::fdatasync(fd_) != 0)
    throw std::runtime_error("cannot write audit log '" + path_ + "': " + std::strerror(errno));
}

}  // namespace casegw::admin
