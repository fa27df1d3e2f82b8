#include "delivery/local_file_destination.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <string_view>
#include <system_error>
#include <utility>

namespace casegw::delivery {

namespace {

using verdict = attempt_result::verdict;

// Case ids are gateway-made UUIDs; anything else (a slash, "..") must never reach a path.
bool is_safe_file_stem(std::string_view id) {
  if (id.empty() || id.size() > 128) return false;
  for (const char ch : id) {
    const bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' ||
                    ch == '_' || ch == '.';
    if (!ok) return false;
  }
  return id.front() != '.';
}

// The detail names the operation and errno text only: paths contain case ids, not content,
// but keeping them out keeps the trail short.
attempt_result io_failure(const char* operation, int error) {
  return {verdict::retry, std::string("io_error: ") + operation + ": " + std::strerror(error), std::nullopt};
}

// Owns a file descriptor, closing it however the scope is left.
class file_descriptor {
 public:
  explicit file_descriptor(int fd) noexcept : fd_(fd) {}
  ~file_descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  file_descriptor(const file_descriptor&) = delete;
  file_descriptor& operator=(const file_descriptor&) = delete;
  int get() const noexcept { return fd_; }
  int release() noexcept { return std::exchange(fd_, -1); }

 private:
  int fd_;
};

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

// Unique among concurrent writers of this process; a crashed writer's leftover is harmless
// (a hidden temp file) and never mistaken for a case file.
std::string temporary_name(const std::string& case_id) {
  static std::atomic<unsigned long> counter{0};
  return "." + case_id + ".json.tmp-" + std::to_string(::getpid()) + "-" + std::to_string(++counter);
}

}  // namespace

local_file_destination::local_file_destination(local_file_options options) : options_(std::move(options)) {}

void local_file_destination::deliver(const store::outbox_item& item, std::function<void(attempt_result)> done) {
  done(write_case(item));
}

attempt_result local_file_destination::write_case(const store::outbox_item& item) {
  if (!is_safe_file_stem(item.case_id)) return {verdict::reject, "case id is not a safe file name", std::nullopt};

  std::error_code error;
  std::filesystem::create_directories(options_.directory, error);
  if (error) return io_failure("create directory", error.value());

  const auto final_path = options_.directory / (item.case_id + ".json");
  const auto temp_path = options_.directory / temporary_name(item.case_id);

  // Cases are confidential: readable by the gateway's user only.
  file_descriptor file(::open(temp_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
  if (file.get() < 0) return io_failure("open", errno);
  if (!write_all(file.get(), item.case_json) || ::fsync(file.get()) != 0 || ::close(file.release()) != 0) {
    const int saved = errno;
    ::unlink(temp_path.c_str());
    return io_failure("write", saved);
  }
  // rename() replaces an earlier copy in one step: a reader sees the old file or the new one.
  if (::rename(temp_path.c_str(), final_path.c_str()) != 0) {
    const int saved = errno;
    ::unlink(temp_path.c_str());
    return io_failure("rename", saved);
  }
  // The rename itself is durable only once the directory is synced.
  file_descriptor directory(::open(options_.directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (directory.get() < 0) return io_failure("open directory", errno);
  if (::fsync(directory.get()) != 0) return io_failure("sync directory", errno);
  return {verdict::delivered, "written", std::nullopt};
}

}  // namespace casegw::delivery
