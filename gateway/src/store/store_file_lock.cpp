#include "store/store_file_lock.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/file.h>
#include <unistd.h>

namespace casegw::store {

store_file_lock::store_file_lock(const std::string& store_path) {
  const std::string lock_path = store_path + ".lock";
  fd_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd_ < 0) throw std::runtime_error("cannot create lock file " + lock_path + ": " + std::strerror(errno));
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    const int error = errno;
    ::close(fd_);
    fd_ = -1;
    if (error == EWOULDBLOCK) throw std::runtime_error("is in use by another casegw process (lock " + lock_path + ")");
    throw std::runtime_error("cannot lock " + lock_path + ": " + std::strerror(error));
  }
}

store_file_lock::~store_file_lock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

}  // namespace casegw::store
